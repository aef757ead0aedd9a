hello = Hello
greeting = Hello, { $name }
bye = Goodbye
