# An unclosed placeable: the parser skips the entry and says where.
hello = Labas
greeting = Sveiki, { $name
bye = Viso gero
