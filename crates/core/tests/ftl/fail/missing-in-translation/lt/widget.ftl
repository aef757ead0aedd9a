hello = Labas
button = Rodyti
