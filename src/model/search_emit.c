/* The search index as C data, for tools/gentable: the index of the
 * built-in table is built when the program is, so that a search at run
 * time starts from it instead of cutting 300 KB of text into words. */
#include <config.h>

#include "search_int.h"

#include <inttypes.h>
#include <stdio.h>

static void emit_u32(FILE *f, const char *name, const uint32_t *v, size_t n)
{
	fprintf(f, "static uint32_t %s[%zu] = {", name, n ? n : 1);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%" PRIu32 ",", i % 16 ? "" : "\n", v[i]);
	fputs("\n};\n", f);
}

static void emit_bytes(FILE *f, const char *name, const char *v, size_t n)
{
	fprintf(f, "static char %s[%zu] = {", name, n ? n : 1);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%d,", i % 24 ? "" : "\n", (signed char)v[i]);
	fputs("\n};\n", f);
}

int hc_search_emit(const struct hc_search *s, FILE *f)
{
	size_t nvbuf = 0, nphr = s->phr_off[s->t->n];

	for (size_t i = 0; i < s->nv; i++)
		if (s->v[i].str + s->v[i].len > nvbuf)
			nvbuf = s->v[i].str + s->v[i].len;
	fputs("#include \"model/search_int.h\"\n\n", f);
	fprintf(f, "static struct word ix_w[%zu] = {", s->nw ? s->nw : 1);
	for (size_t i = 0; i < s->nw; i++) {
		const struct word *w = &s->w[i];

		fprintf(f, "%s{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32 "},",
			i % 6 ? "" : "\n", w->field, w->start, w->len, w->voc);
	}
	fputs("\n};\n", f);
	fprintf(f, "static struct voc ix_v[%zu] = {", s->nv ? s->nv : 1);
	for (size_t i = 0; i < s->nv; i++) {
		const struct voc *v = &s->v[i];

		fprintf(f, "\n{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32
			   ",%" PRIu32 ",0x%" PRIx64 "u},",
			v->str, v->len, v->nch, v->occ, v->nocc, v->mask);
	}
	fputs("\n};\n", f);
	fprintf(f, "static struct kch ix_k[%zu] = {", s->nk ? s->nk : 1);
	for (size_t i = 0; i < s->nk; i++) {
		const struct kch *k = &s->k[i];

		fprintf(f, "%s{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%u,%u},",
			i % 5 ? "" : "\n", k->c, k->field, k->start, k->len,
			k->flags);
	}
	fputs("\n};\n", f);
	fprintf(f, "static struct name ix_names[%zu] = {",
		s->nnames ? s->nnames : 1);
	for (size_t i = 0; i < s->nnames; i++)
		fprintf(f, "\n{0x%" PRIx64 "u,%" PRIu32 "},", s->names[i].hash,
			s->names[i].code);
	fputs("\n};\n", f);
	emit_bytes(f, "ix_vbuf", s->vbuf, nvbuf);
	emit_u32(f, "ix_occ", s->occ, s->nw);
	emit_u32(f, "ix_kall", s->kall, s->nkall);
	emit_u32(f, "ix_kshort", s->kshort, s->nkshort);
	emit_bytes(f, "ix_phr", s->phr, nphr);
	emit_u32(f, "ix_phr_off", s->phr_off, s->t->n + 1);
	fprintf(f, "\nstatic const struct hc_search_prebuilt builtin_index = {\n"
		   "\t.ncodes = %zu, .nf = %zu, .nw = %zu, .nv = %zu, "
		   ".nk = %zu,\n\t.nkall = %zu, .nkshort = %zu, .nnames = %zu,\n"
		   "\t.w = ix_w, .v = ix_v, .vbuf = ix_vbuf, .occ = ix_occ,\n"
		   "\t.k = ix_k, .kall = ix_kall, .kshort = ix_kshort,\n"
		   "\t.phr = ix_phr, .phr_off = ix_phr_off, .names = ix_names,\n"
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
