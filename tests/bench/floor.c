/* The floor for a lookup: a program that prints the one line and exits. */
#include <stdio.h>

int main(void)
{
	puts("404 Not Found");
	return 0;
}
