/* census_xml.c — see census_xml.h. */
#include "tools/census_xml.h"

char *census_xml_object_name(const census_category *c, int x, char *buf, size_t cap)
{
  (void)c;
  snprintf(buf, cap, "x%d", x + 1);
  return buf;
}

char *census_xml_morphism_name(const census_category *c, int f, char *buf, size_t cap)
{
  if (f < c->objects) return census_xml_object_name(c, f, buf, cap);
  snprintf(buf, cap, "f%d", f - c->objects + 1);
  return buf;
}

void census_xml_write_category(FILE *f, const census_category *c, const char *name,
                               const char *indent)
{
  char a[32], b[32], h[32];
  int n = c->morphisms;
  fprintf(f, "%s<category name=\"%s\">\n", indent, name);
  for (int x = 0; x < c->objects; x++)
    fprintf(f, "%s  <object name=\"%s\"/>\n", indent, census_xml_object_name(c, x, a, sizeof a));
  for (int m = c->objects; m < n; m++)
    fprintf(f, "%s  <morphism name=\"%s\" source=\"%s\" target=\"%s\"/>\n", indent,
            census_xml_morphism_name(c, m, a, sizeof a),
            census_xml_object_name(c, c->src[m], b, sizeof b),
            census_xml_object_name(c, c->dst[m], h, sizeof h));
  for (int x = c->objects; x < n; x++)
    for (int y = c->objects; y < n; y++) {
      int z = c->comp[x * n + y];
      if (z < 0) continue;
      fprintf(f, "%s  <equation lhs=\"%s ", indent, census_xml_morphism_name(c, x, a, sizeof a));
      fprintf(f, "%s\" rhs=\"%s\"/>\n", census_xml_morphism_name(c, y, b, sizeof b),
              census_xml_morphism_name(c, z, h, sizeof h));
    }
  fprintf(f, "%s</category>\n", indent);
}

void census_xml_write_document(FILE *f, const census_category *c, const char *name,
                               const char *comment)
{
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<yoneda version=\"1\">\n", f);
  if (comment) fprintf(f, "  <!-- %s -->\n", comment);
  census_xml_write_category(f, c, name, "  ");
  fputs("</yoneda>\n", f);
}
