hello = Labas
# Not in English: the code could never show it.
extra = Papildomas
