/* The reference for the TUI's start-up: the least an ncurses program does
 * to put one full screen up (newterm, colours, one refresh). */
#include <config.h>

#include <curses.h>
#include <locale.h>
#include <stdio.h>

int main(void)
{
	SCREEN *s;

	setlocale(LC_ALL, "");
	s = newterm(NULL, stdout, stdin);
	if (!s)
		return 2;
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	start_color();
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	attrset(COLOR_PAIR(1));
	mvaddstr(0, 0, " minimal ncurses program");
	attrset(A_NORMAL);
	for (int y = 1; y < LINES - 1; y++)
		mvprintw(y, 0, "%3d  a line of text like a tree row and a detail line", y);
	mvaddstr(LINES - 1, 0, "READY q quit");
	refresh();
	getch();
	endwin();
	return 0;
}
