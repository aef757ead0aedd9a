hello = Hello again
