/* Every signal whose default action ends the process (USR1, ALRM, PIPE,
 * XCPU, SEGV, ABRT, the real-time ones...) puts the terminal back as the
 * shell had it before the process goes.  INT, TERM, HUP and QUIT are the
 * loop's own (it ends cleanly on them); these are the rest. */
#ifndef HC_TUI_FATAL_H
#define HC_TUI_FATAL_H

/* Before the screen starts: remember the terminal's settings. */
void fatal_save_tty(void);
/* Once the screen is on (terminfo loaded): work out the bytes that undo
 * it and catch the signals.  A signal ignored when the program started
 * stays ignored. */
void fatal_catch(void);
/* Whether the screen is on: off, a signal only re-raises. */
void fatal_screen_on(int on);
/* The signals as they were before fatal_catch. */
void fatal_release(void);

#endif
