# A second file of the same language adds messages.
farewell = Goodbye
