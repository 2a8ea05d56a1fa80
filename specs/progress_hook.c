/* progress_hook.c — see progress_hook.h. */
#include "specs/progress_hook.h"

#include <stddef.h>

static progress_fn hook;
static void *hook_user;
static progress_state state;

void progress_hook_set(progress_fn fn, void *user)
{
  hook = fn;
  hook_user = user;
}

void progress_hook_enumeration(long defined, long coincidences)
{
  if (!hook) return;
  state.stage = PROGRESS_ENUMERATION;
  state.defined = defined;
  state.coincidences = coincidences;
  hook(hook_user, &state);
}

void progress_hook_kernel(const char *what)
{
  state.kernel_checks++;
  if (!hook) return;
  state.stage = PROGRESS_KERNEL;
  state.what = what;
  hook(hook_user, &state);
  state.what = NULL;
}

void progress_hook_smt(void)
{
  state.smt_calls++;
  if (!hook) return;
  state.stage = PROGRESS_SMT;
  hook(hook_user, &state);
}
