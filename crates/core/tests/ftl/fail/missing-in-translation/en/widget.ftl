hello = Hello
bye = Goodbye
button = Show
    .title = Show all
