// The ncurses workbench (issue 4): widgets draw into a cell grid; one adaptor talks to ncurses.
