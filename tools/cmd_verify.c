/* cmd_verify.c — `yoneda verify FILE --cert CERT.xml`: re-check a
 * representability certificate against a spec with the kernel alone, no
 * solver involved. */
#include <stdlib.h>
#include <string.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "proofs/excert.h"
#include "specs/text.h"
#include "specs/xml.h"
#include "tools/commands.h"
#include "tools/load.h"
#include "tools/print.h"
#include "tools/report.h"
#include "tools/watchdog.h"

static int run(int argc, char **argv);

enum { KEY_TASK = 't', KEY_CERT = 'c', KEY_CATEGORY = CLI_KEY_BASE + 1 };

static const cli_option options[] = {
  {"cert", KEY_CERT, "CERT", "the certificate to check (required)", .kind = CLI_TEXT},
  {"task", KEY_TASK, "T", "the task it is about (default: the one the\ncertificate names, or the only task of FILE)", .kind = CLI_TEXT},
  {"category", KEY_CATEGORY, "C", "the certificate is an exact category\ncertificate of category C (written by\n`yoneda check --exact --cert`)", .kind = CLI_TEXT},
  {0}
};

const cli_command cmd_verify = {
  "verify",
  "FILE --cert CERT.xml [--task T | --category C] [options]",
  "re-check a certificate with the kernel only",
  "Read the certificate CERT.xml (as written by `yoneda represent --cert` or\n"
  "`yoneda claims --cert-dir`) for task T of the spec FILE and have the\n"
  "proved kernel check it; no solver is involved.  Prints\n"
  "  certificate accepted: representable by object P, universal element u\n"
  "or\n"
  "  certificate accepted: not representable\n"
  "With --category C, CERT.xml is an exact category certificate (written by\n"
  "`yoneda check FILE --category C --exact --cert CERT.xml`): kernels 1 and\n"
  "7 check, from the certificate and the equations of C alone, that it\n"
  "states a category isomorphic to the one C presents; prints\n"
  "  certificate accepted: category C is exact, N morphisms\n"
  "and on a rejection names the first failing edge, its deduction and why.\n"
  "A certificate that is malformed, names things the spec does not have, or\n"
  "that the kernel refutes is rejected with the reason on stderr; one that\n"
  "cannot be read, is not a certificate or is of the other kind is rejected\n"
  "before anything else.  Without --task or --category the certificate's own\n"
  "task or category is taken.",
  options,
  "  0  certificate accepted\n"
  "  1  invalid spec (FILE:LINE errors on stderr)\n"
  "  2  usage error\n"
  "  3  limit or timeout\n"
  "  4  certificate rejected (malformed, not for this spec, or refuted by the\n"
  "     kernel; reason on stderr)\n",
  run
};

/* --category: an exact category certificate, checked by kernels 1 and 7
 * against the presentation of the category (its enumeration is not used). */
static yo_status verify_exact(const spec *s, const char *name, const char *path)
{
  yo_status st = YO_OK;
  json_writer *j = report_result();
  if (j) json_member_string(j, "kind", "exact");
  const category *c = load_pick_category(s, name, &cmd_verify, &st);
  if (!c) return st;
  diag_list *d = diag_list_new(0);
  if (!d) return YO_INTERNAL;
  excert *x = NULL;
  st = excert_read(path, c, &x, d);
  if (st != YO_OK) {
    print_diags(d, path);
    fprintf(stderr, "certificate rejected: %s is not a valid exact certificate "
            "for category %s\n", path, category_name(c));
    st = YO_INTERNAL;
  } else if ((st = excert_check(c, x, NULL, d)) == YO_LIMIT) {
    print_diags(d, NULL);
  } else if (st != YO_OK) {
    print_kernel_rejection(d, "certificate rejected by the kernel");
    st = YO_INTERNAL;
  } else {
    printf("certificate accepted: category %s is exact, %d morphism%s\n",
           category_name(c), x->n, print_s(x->n));
    if (j) {
      json_member_string(j, "category", category_name(c));
      json_member_string(j, "verdict", "exact");
      json_member_int(j, "morphisms", x->n);
    }
  }
  excert_free(x);
  diag_list_free(d);
  return st;
}

static int verify(int argc, char **argv);

/* What the root element of a certificate says it is. */
typedef struct cert_header {
  char *root;       /* element name */
  char *kind;       /* kind="representability" | "category" (or NULL) */
  char *task;       /* task="..." (or NULL) */
  char *category;   /* category="..." (or NULL) */
} cert_header;

static char *dup_or_null(const char *v)
{
  if (!v) return NULL;
  size_t n = strlen(v) + 1;
  char *c = malloc(n);
  if (c) memcpy(c, v, n);
  return c;
}

static char *attr(const xmlNode *n, const char *name)
{
  char *v = xml_attr(n, name);
  char *c = dup_or_null(v);
  if (v) xmlFree(v);
  return c;
}

/* Parse the certificate text far enough to read its root: YO_OK, or
 * YO_INVALID with the parser's errors in d (not XML at all). */
static yo_status read_header(const char *text, size_t len, const char *path,
                             cert_header *h, diag_list *d)
{
  memset(h, 0, sizeof *h);
  int oom = 0;
  xmlDoc *doc = xml_parse(text, len, path, d, &oom);
  if (!doc) return oom ? YO_INTERNAL : YO_INVALID;
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root) {
    h->root = dup_or_null((const char *)root->name);
    h->kind = attr(root, "kind");
    h->task = attr(root, "task");
    h->category = attr(root, "category");
  }
  xmlFreeDoc(doc);
  return YO_OK;
}

static void header_free(cert_header *h)
{
  free(h->root);
  free(h->kind);
  free(h->task);
  free(h->category);
}

/* The certificate at cert_path against spec s before any task is chosen:
 * unreadable, not a certificate, or of the other kind than asked for are
 * rejections (exit 4, said first); an exact category certificate without
 * --category is checked as one (the category it names); a representability
 * certificate without --task names its task.  Returns -1 to go on with the
 * representability check (*task_arg set), else the exit status. */
static int triage(const spec *s, const char *file, const char *cert_path,
                  const char *text, size_t len, const char **task_arg,
                  const char *cat_arg, cert_header *h, diag_list *d)
{
  yo_status hs = read_header(text, len, cert_path, h, d);
  if (hs != YO_OK) {
    print_diags(d, cert_path);
    fprintf(stderr, "certificate rejected: %s cannot be parsed as a certificate\n", cert_path);
    return YO_INTERNAL;
  }
  if (!h->root || strcmp(h->root, "yoneda-certificate") != 0) {
    fprintf(stderr, "certificate rejected: %s is not a yoneda certificate (its root element "
            "is <%s>, not <yoneda-certificate>)\n", cert_path, h->root ? h->root : "");
    return YO_INTERNAL;
  }
  int exact = h->kind && strcmp(h->kind, "category") == 0;
  if (exact && *task_arg) {
    fprintf(stderr, "certificate rejected: %s is an exact category certificate (category "
            "%s), not one for task %s; check it with --category %s\n", cert_path,
            h->category ? h->category : "?", *task_arg, h->category ? h->category : "C");
    return YO_INTERNAL;
  }
  if (!exact && cat_arg) {
    fprintf(stderr, "certificate rejected: %s is a %s certificate%s%s%s, not an exact "
            "category certificate; check it with --task\n", cert_path,
            h->kind ? h->kind : "representability", h->task ? " (task " : "",
            h->task ? h->task : "", h->task ? ")" : "");
    return YO_INTERNAL;
  }
  if (exact) {
    const char *name = cat_arg ? cat_arg : h->category;
    if (!cat_arg && name && !spec_find_category(s, name)) {
      fprintf(stderr, "certificate rejected: %s is the exact certificate of category %s, "
              "which %s does not have\n", cert_path, name, file);
      return YO_INTERNAL;
    }
    return (int)verify_exact(s, name, cert_path);
  }
  if (!*task_arg && h->task) {
    if (!spec_find_task(s, h->task)) {
      fprintf(stderr, "certificate rejected: %s is for task %s, which %s does not have\n",
              cert_path, h->task, file);
      return YO_INTERNAL;
    }
    *task_arg = h->task;
  }
  return -1;
}

/* The verdict, also in the JSON document. */
static int run(int argc, char **argv)
{
  int rc = verify(argc, argv);
  json_writer *j = report_result();
  if (j && rc != YO_USAGE) json_member_bool(j, "accepted", rc == YO_OK);
  return rc;
}

static int verify(int argc, char **argv)
{
  const char *task_arg = NULL, *cert_path = NULL, *cat_arg = NULL, *file = NULL;
  cli_arg args[] = {{KEY_TASK, &task_arg}, {KEY_CERT, &cert_path}, {KEY_CATEGORY, &cat_arg},
                    {0, NULL}};
  cli_common o;
  int parsed = cli_parse_one_file(&cmd_verify, argc, argv, cli_store_arg, args, &file, &o);
  if (parsed != CLI_END) return parsed;
  if (!cert_path) return cli_usage_error(&cmd_verify, "--cert CERT.xml is required");
  watchdog_start(o.timeout, o.timeout);
  json_writer *j = report_result();
  if (j) {
    json_member_string(j, "file", file);
    json_member_string(j, "certificate", cert_path);
  }

  if (cat_arg && task_arg)
    return cli_usage_error(&cmd_verify, "give --task or --category, not both");
  spec *s = NULL;
  yo_status st = load_spec(file, &o, &s);
  if (st != YO_OK) return (int)st;
  if (cat_arg && strcmp(cert_path, "-") == 0) {   /* read once, by the exact reader */
    st = verify_exact(s, cat_arg, cert_path);
    spec_free(s);
    return (int)st;
  }
  /* the certificate is read once (it may be a pipe: --cert -) */
  diag_list *d = diag_list_new(0);
  char *text = NULL;
  size_t len = 0;
  yo_status rs = d ? xml_read_file(cert_path, CERT_MAX_BYTES, &text, &len, d) : YO_INTERNAL;
  if (rs != YO_OK) {
    print_diags(d, cert_path);
    fprintf(stderr, "certificate rejected: %s cannot be read\n", cert_path);
    free(text);
    diag_list_free(d);
    spec_free(s);
    return YO_INTERNAL;
  }
  cert_header h;
  int rc = triage(s, file, cert_path, text, len, &task_arg, cat_arg, &h, d);
  if (rc >= 0) {
    header_free(&h);
    free(text);
    diag_list_free(d);
    spec_free(s);
    return rc;
  }
  if (j) json_member_string(j, "kind", "representability");
  const task *t = load_pick_task(s, task_arg, &cmd_verify, &st);
  category *owned = NULL;
  const category *work = NULL;
  if (t && d && (st = task_work_category(t, o.max_morphisms, &work, &owned, d)) != YO_OK)
    print_diags_prefixed(d, "yoneda");
  if (!work) {
    free(text);
    header_free(&h);
    diag_list_free(d);
    spec_free(s);
    return (int)(t && !d ? YO_INTERNAL : st);
  }
  rep_cert *c = NULL;
  st = cert_read_buffer(text, len, cert_path, t, work, &c, d);
  free(text);
  if (st != YO_OK) {
    print_diags(d, cert_path);
    fprintf(stderr, "certificate rejected: %s is not a valid certificate for task %s of %s\n",
            cert_path, task_name(t), file);
    st = YO_INTERNAL;
  } else if (!c->task || strcmp(c->task, task_name(t)) != 0 ||
             c->variance != task_variance_of(t)) {
    fprintf(stderr, "certificate rejected: it is for %s task %s, not %s task %s\n",
            c->variance == TASK_COVARIANT ? "covariant" : "contravariant",
            c->task ? c->task : "(none)",
            task_variance_of(t) == TASK_COVARIANT ? "covariant" : "contravariant",
            task_name(t));
    st = YO_INTERNAL;
  } else if ((st = check_representability(t, work, c, d)) == YO_LIMIT) {
    print_diags(d, NULL);   /* too large for the kernel: nothing was checked */
  } else if (st != YO_OK) {
    print_kernel_rejection(d, "certificate rejected by the kernel");
    st = YO_INTERNAL;
  } else {
    print_diags(d, NULL);
    if (c->verdict == CERT_REPRESENTABLE)
      printf("certificate accepted: representable by object %s, universal element %s\n",
             category_object_name(work, c->object),
             task_element_name(t, c->object, c->element));
    else
      printf("certificate accepted: not representable\n");
    if (j) {
      json_member_string(j, "task", task_name(t));
      int yes = c->verdict == CERT_REPRESENTABLE;
      json_member_string(j, "verdict", yes ? "representable" : "not-representable");
      if (yes) {
        json_member_string(j, "object", category_object_name(work, c->object));
        json_member_string(j, "element", task_element_name(t, c->object, c->element));
      }
    }
    st = YO_OK;
  }
  if (c) cert_free(c);
  diag_list_free(d);
  if (owned) category_free(owned);
  header_free(&h);
  spec_free(s);
  return (int)st;
}
