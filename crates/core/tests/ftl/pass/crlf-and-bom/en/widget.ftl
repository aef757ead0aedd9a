hello = Hello
    world
bye = Bye
