/* sigbus.c — see sigbus.h. */
#define _POSIX_C_SOURCE 200809L
#include "tools/sigbus.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "specs/xml.h"
#include "tools/outfile.h"

static void put(const char *s)
{
  size_t n = strlen(s);
  while (n > 0) {
    ssize_t k = write(2, s, n);
    if (k <= 0) return;
    s += k;
    n -= (size_t)k;
  }
}

static void on_sigbus(int sig, siginfo_t *si, void *uc)
{
  (void)uc;
  const char *path = si && si->si_code > 0 ? xml_mapped_path(si->si_addr) : NULL;
  if (!path) {
    /* SA_RESETHAND restored the default action: the faulting access runs
     * again and the process dies of it; a sent signal is sent again */
    if (!si || si->si_code <= 0) raise(sig);
    return;
  }
  outfile_remove_temporaries();
  put("yoneda: ");
  put(path);   /* escaped when it was registered */
  put(": error: the file was truncated while yoneda read it\n");
  _exit(1);
}

void sigbus_install(void)
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = (int)(SA_SIGINFO | SA_RESETHAND);
  sigemptyset(&sa.sa_mask);
  sigaction(SIGBUS, &sa, NULL);
}
