hello = Labas
