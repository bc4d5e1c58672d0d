/* The search index as C data, for tools/gentable: the index of the
 * built-in table is built when the program is, so that a search at run
 * time starts from it instead of cutting 300 KB of text into words. */
#include <config.h>

#include "search_int.h"

#include <inttypes.h>
#include <stdio.h>

static void emit_u32(FILE *f, const char *name, const uint32_t *v, size_t n)
{
	fprintf(f, ".%s = {", name);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%" PRIu32 ",", i % 16 ? "" : "\n", v[i]);
	fputs("\n},\n", f);
}

static void emit_bytes(FILE *f, const char *name, const char *v, size_t n)
{
	fprintf(f, ".%s = {", name);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%d,", i % 24 ? "" : "\n", (signed char)v[i]);
	fputs("\n},\n", f);
}

#define ATLEAST1(n) ((n) ? (n) : 1)

/* One object, aligned and so padded to 64 KiB: the kernel maps a file's
 * pages 64 KiB around each one that is read, and the index then shares
 * no such window with what the program reads before its first search. */
static void emit_type(const struct hc_search *s, size_t nvbuf, size_t nphr,
		      FILE *f)
{
	fprintf(f, "struct ix {\n"
		   "\tstruct word w[%zu];\n\tstruct voc v[%zu];\n"
		   "\tstruct kch k[%zu];\n\tstruct name names[%zu];\n"
		   "\tchar vbuf[%zu];\n\tuint32_t occ[%zu];\n"
		   "\tuint32_t kall[%zu];\n\tuint32_t kshort[%zu];\n"
		   "\tchar phr[%zu];\n\tuint32_t phr_off[%zu];\n"
		   "} __attribute__((aligned(65536)));\n\n",
		ATLEAST1(s->nw), ATLEAST1(s->nv), ATLEAST1(s->nk),
		ATLEAST1(s->nnames), ATLEAST1(nvbuf), ATLEAST1(s->nw),
		ATLEAST1(s->nkall), ATLEAST1(s->nkshort), ATLEAST1(nphr),
		s->t->n + 1);
}

int hc_search_emit(const struct hc_search *s, FILE *f)
{
	size_t nvbuf = 0, nphr = s->phr_off[s->t->n];

	for (size_t i = 0; i < s->nv; i++)
		if (s->v[i].str + s->v[i].len > nvbuf)
			nvbuf = s->v[i].str + s->v[i].len;
	fputs("#include \"model/search_int.h\"\n\n", f);
	emit_type(s, nvbuf, nphr, f);
	fputs("static const struct ix ix = {\n.w = {", f);
	for (size_t i = 0; i < s->nw; i++) {
		const struct word *w = &s->w[i];

		fprintf(f, "%s{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32 "},",
			i % 6 ? "" : "\n", w->field, w->start, w->len, w->voc);
	}
	fputs("\n},\n.v = {", f);
	for (size_t i = 0; i < s->nv; i++) {
		const struct voc *v = &s->v[i];

		fprintf(f, "\n{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32
			   ",%" PRIu32 ",0x%" PRIx64 "u},",
			v->str, v->len, v->nch, v->occ, v->nocc, v->mask);
	}
	fputs("\n},\n.k = {", f);
	for (size_t i = 0; i < s->nk; i++) {
		const struct kch *k = &s->k[i];

		fprintf(f, "%s{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%u,%u},",
			i % 5 ? "" : "\n", k->c, k->field, k->start, k->len,
			k->flags);
	}
	fputs("\n},\n.names = {", f);
	for (size_t i = 0; i < s->nnames; i++)
		fprintf(f, "\n{0x%" PRIx64 "u,%" PRIu32 "},", s->names[i].hash,
			s->names[i].code);
	fputs("\n},\n", f);
	emit_bytes(f, "vbuf", s->vbuf, nvbuf);
	emit_u32(f, "occ", s->occ, s->nw);
	emit_u32(f, "kall", s->kall, s->nkall);
	emit_u32(f, "kshort", s->kshort, s->nkshort);
	emit_bytes(f, "phr", s->phr, nphr);
	emit_u32(f, "phr_off", s->phr_off, s->t->n + 1);
	fprintf(f, "};\n\nstatic const struct hc_search_prebuilt builtin_index = {\n"
		   "\t.ncodes = %zu, .nf = %zu, .nw = %zu, .nv = %zu, "
		   ".nk = %zu,\n\t.nkall = %zu, .nkshort = %zu, .nnames = %zu,\n"
		   "\t.w = ix.w, .v = ix.v, .vbuf = ix.vbuf, .occ = ix.occ,\n"
		   "\t.k = ix.k, .kall = ix.kall, .kshort = ix.kshort,\n"
		   "\t.phr = ix.phr, .phr_off = ix.phr_off, .names = ix.names,\n"
		   "\t.first = {",
		s->t->n, s->nf, s->nw, s->nv, s->nk, s->nkall, s->nkshort,
		s->nnames);
	for (int i = 0; i < 257; i++)
		fprintf(f, "%s%" PRIu32 ",", i % 16 ? "" : "\n\t\t", s->first[i]);
	fputs("\n\t},\n};\n\n"
	      "const struct hc_search_prebuilt *hc_builtin_index(void)\n{\n"
	      "\treturn &builtin_index;\n}\n",
	      f);
	return ferror(f) ? -1 : 0;
}
