/* watchdog.c — see watchdog.h. */
#include "tools/watchdog.h"

#include "tools/outfile.h"
#include "tools/report.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static char message[96];
static size_t message_len;
static const char *document;   /* --format json: the whole document */
static size_t document_len;

static void on_alarm(int sig)
{
  (void)sig;
  /* only async-signal-safe calls here */
  outfile_remove_temporaries();
  ssize_t w = write(STDERR_FILENO, message, message_len);
  if (document) w = write(STDOUT_FILENO, document, document_len);
  (void)w;
  _exit(3);
}

void watchdog_start(double seconds, double shown)
{
  if (seconds <= 0) return;
  int n = snprintf(message, sizeof message, "yoneda: timeout after %g s\n", shown);
  message_len = n > 0 && (size_t)n < sizeof message ? (size_t)n : strlen(message);
  document = report_timeout_document(message, &document_len);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval v;
  memset(&v, 0, sizeof v);
  long whole = (long)seconds;
  v.it_value.tv_sec = (time_t)whole;
  v.it_value.tv_usec = (suseconds_t)((seconds - (double)whole) * 1e6);
  if (v.it_value.tv_sec == 0 && v.it_value.tv_usec == 0) v.it_value.tv_usec = 1;
  setitimer(ITIMER_REAL, &v, NULL);
}

void watchdog_stop(void)
{
  struct itimerval v;
  memset(&v, 0, sizeof v);
  setitimer(ITIMER_REAL, &v, NULL);
}
