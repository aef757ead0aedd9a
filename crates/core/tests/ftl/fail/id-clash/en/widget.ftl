show-all = Show all
show_all = Show all again
Self = me
