/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The note for the social worker: what the tool assumed, what it does not model, where the
 * labour court's address comes from. Never a page of the decision. */

#define G_LOG_DOMAIN "SimrisReport"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "simris-labour-court.h"
#include "simris-codes.h"
#include "simris-report-private.h"

/* The items of the not-modelled list that name a figure of the law, in their order. */
static char *
not_modelled_figure (SimrisReport *self,
                     guint         n)
{
  if (n == 0)
    {
      g_autofree char *ten = simris_rules_constant_text (SIMRIS_CONST_TRANSFER_YEARS, self->lang);

      /* Translators: %s is a length of time, "10 years". */
      return g_strdup_printf (T (N_("land, rented-out property, part ownership, usufruct and transfers of goods "
                                    "in the last %s (art. 28 to 32 of the royal decree): the social worker "
                                    "enters the counted amount as another resource;")), ten);
    }
  else
    {
      g_autofree char *three = simris_rules_constant_text (SIMRIS_CONST_SPI_YEARS, self->lang);
      g_autofree char *six = simris_rules_constant_text (SIMRIS_CONST_SPI_WINDOW_YEARS, self->lang);

      /* Translators: %1$s and %2$s are lengths of time, "3 years" and "6 years". */
      return g_strdup_printf (T (N_("the %1$s of the socio-professional exemption counted as %1$s of work within "
                                    "%2$s: the start date entered is taken as given;")), three, six);
    }
}

static void
build_not_modelled (SimrisReport *self)
{
  /* NULL: an item with a figure of the law, formatted below from the table's constants
   * (art. 28 RD: the last 10 years; art. 35, §1 RD: 3 years within 6). */
  static const char * const fixed[] = {
    N_("alternating custody of a child (the Court of cassation, 27 June 2022, grants the category with a "
       "family in charge full time; some CPAS alternate months);"),
    N_("a homeless person with an individualised project for social integration (isolated rate);"),
    NULL,
    N_("benefits in kind (art. 33 of the royal decree);"),
    N_("the once-in-a-lifetime limit of the higher exemption for a shortage occupation: the social worker "
       "checks that it was not granted before;"),
    N_("the yearly exemption of artistic income;"),
    NULL,
    N_("a couple where both partners apply as cohabitants, and several applicants with the same parents "
       "(each is computed as a separate case)."),
  };
  const char * const *case_specific = simris_result_get_not_modelled (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  /* What this case touches: the engine's notes and its detailed warnings. */
  for (guint i = 0; case_specific != NULL && case_specific[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) case_specific[i]);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, SIMRIS_WARNING_NOT_MODELLED) == 0 && w->text != NULL)
        g_ptr_array_add (items, w->text);
    }

  simris_page_layout_add_heading (self->doc, 2, T (N_("What SimRIS does not model")));
  if (items->len > 0)
    {
      guint first;

      simris_page_layout_add_para_text (self->doc, T (N_("In this case, the social worker must check by hand:")));
      first = simris_page_layout_get_n_pieces (self->doc);
      for (guint i = 0; i < items->len; i++)
        simris_page_layout_add_bullet_text (self->doc, g_ptr_array_index (items, i), SIMRIS_BOX_NOTE);
      simris_page_layout_close_box (self->doc, first);
    }
  simris_page_layout_add_para_text (self->doc, T (N_("In general, SimRIS does not model:")));
  for (guint i = 0, n_figures = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autofree char *text = fixed[i] != NULL ? g_strdup (T (fixed[i])) : not_modelled_figure (self, n_figures++);

      simris_page_layout_add_bullet_text (self->doc, text, SIMRIS_BOX_NONE);
    }
}

/* For the social worker, apart from the decision: the tool's cautions, what to check before
 * signing, and where the labour court's address comes from. */
static void
build_note_warnings (SimrisReport *self)
{
  const char * const *assumed = simris_result_get_assumed_conditions (self->result);
  GPtrArray *warnings = simris_result_get_warnings (self->result);
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();

  /* The conditions assumed met and what is not modelled have their own lists below. */
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SimrisWarning *w = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (w->code, "assumed_condition") == 0 && assumed != NULL && assumed[0] != NULL)
        continue;
      if (g_strcmp0 (w->code, "not_modelled") == 0)
        continue;
      g_ptr_array_add (shown, w);
    }
  if (shown->len > 0)
    {
      SimrisTextStyle style = *simris_page_style_body ();
      guint first;
      g_autofree char *title = simris_report_esc (T (N_("Points of attention")));
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", title);

      simris_page_layout_add_space (self->doc, 4.0);
      first = simris_page_layout_get_n_pieces (self->doc);
      style.box = SIMRIS_BOX_WARNING;
      style.justify = FALSE;
      style.keep_with_next = TRUE;
      simris_page_layout_add_text (self->doc, &style, markup);
      for (guint i = 0; i < shown->len; i++)
        {
          SimrisWarning *w = g_ptr_array_index (shown, i);
          simris_page_layout_add_bullet_text (self->doc, w->text != NULL ? w->text : w->code, SIMRIS_BOX_WARNING);
        }
      simris_page_layout_close_box (self->doc, first);
    }

  if (assumed != NULL && assumed[0] != NULL)
    {
      simris_page_layout_add_heading (self->doc, 2, T (N_("Conditions assumed met, to be checked by the CPAS")));
      simris_page_layout_add_para_text (self->doc,
                                        T (N_("The decision states these conditions as met: check them before it "
                                              "is signed.")));
      for (guint i = 0; assumed[i] != NULL; i++)
        {
          g_autofree char *label = simris_report_condition_label (self, assumed[i]);

          simris_page_layout_add_bullet_text (self->doc, label != NULL ? label : assumed[i], SIMRIS_BOX_NONE);
        }
    }
}

/* The readings the courts dispute and what each would give, beside each other
 * (docs/calculation.md §5: volunteers argue from exactly that figure). The CPAS's working
 * notes: they stay out of the decision, which states the reading applied. */
static void
build_note_readings (SimrisReport *self)
{
  GPtrArray *alternatives = simris_result_get_alternatives (self->result);
  const char *caveat = simris_result_get_category_caveat (self->result);

  if (caveat != NULL)
    {
      simris_page_layout_add_heading (self->doc, 2, T (N_("A reading the courts dispute")));
      simris_page_layout_add_para_text (self->doc, caveat);
    }
  if (alternatives != NULL && alternatives->len > 0)
    {
      static const double cols[] = { 0.58, 0.21, 0.21 };
      g_autofree char *h0 = simris_report_esc (T (N_("Other reading")));
      g_autofree char *h1 = simris_report_esc (T (N_("Per month")));
      g_autofree char *h2 = simris_report_esc (T (N_("Per year")));
      const char *head[] = { h0, h1, h2 };
      guint first;
      SimrisPageTable *t;

      simris_page_layout_add_heading (self->doc, 2, T (N_("Amount under the other readings")));
      t = simris_page_layout_add_table (self->doc, 3, cols);
      first = simris_page_layout_get_n_pieces (self->doc);
      simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_HEADER, "lrr", SIMRIS_PAGE_SIZE_TABLE, head);
      for (guint i = 0; i < alternatives->len; i++)
        {
          SimrisAlternative *alt = g_ptr_array_index (alternatives, i);
          g_autofree char *m = simris_report_money (self, alt->amount_month);
          g_autofree char *y = simris_report_money (self, alt->amount_year);
          g_autofree char *c0 = simris_report_esc (alt->text != NULL ? alt->text : alt->option);
          g_autofree char *e_m = simris_report_esc (m);
          g_autofree char *c1 = g_strdup_printf ("<b>%s</b>", e_m);
          g_autofree char *c2 = simris_report_esc (y);
          const char *row[] = { c0, c1, c2 };

          simris_page_layout_add_row (self->doc, t, SIMRIS_ROW_BODY, "lrr", SIMRIS_PAGE_SIZE_TABLE, row);
        }
      simris_page_layout_end_table (self->doc, first);
    }
}

static void
build_note_court (SimrisReport *self)
{
  g_autoptr (SimrisLabourCourt) court = simris_report_find_court (self);
  const char *postcode = simris_report_decision_field (self, "cpas_postcode");
  g_autofree char *s = NULL;

  simris_page_layout_add_heading (self->doc, 2, T (N_("Labour court")));
  if (court == NULL && postcode != NULL)
    /* Translators: %s is a postcode that no labour court of the table serves. */
    s = g_strdup_printf (T (N_("No labour court is known for the postcode “%s”: the appeal notice shows a "
                               "placeholder. Enter the court’s address in the case or in Preferences.")),
                         postcode);
  else if (court == NULL)
    s = g_strdup (T (N_("Neither the CPAS’s postcode nor the labour court’s address is given: the appeal notice "
                        "asks for the labour court of the district where the applicant lives, competent under "
                        "art. 628, 14° of the Judicial Code. Enter the CPAS’s postcode (or the court’s address) "
                        "in the case or in Preferences.")));
  else if (court->court == NULL)
    s = g_strdup (T (N_("The labour court’s address is the one entered in the case or in Preferences.")));
  else if (court->address == NULL && court->single)
    /* Translators: %s is a labour court with one seat. */
    s = g_strdup_printf (T (N_("No source gives the address of the registry of the %s: the appeal notice shows a "
                               "placeholder. Enter the address in the case.")),
                         court->court);
  else if (court->address == NULL && court->division == NULL)
    /* Translators: %1$s is a labour court, %2$s a postcode. */
    s = g_strdup_printf (T (N_("The postcode %2$s is served by the %1$s, which has several divisions; the "
                               "table does not know the division of this municipality. Check the division of "
                               "the canton and enter the address of its registry in the case.")),
                         court->court, postcode);
  else if (court->address == NULL)
    /* Translators: %1$s is a labour court, %2$s its division. */
    s = g_strdup_printf (T (N_("No source gives the address of the registry of the %1$s, %2$s: the appeal "
                               "notice shows a placeholder. Enter the address in the case.")),
                         court->court, court->division);
  else
    /* Translators: %1$s is a labour court's address, %2$s where it comes from (a web page). */
    s = g_strdup_printf (T (N_("The labour court’s address, %1$s, comes from %2$s. Check it before the "
                               "decision is sent.")),
                         court->address, court->source != NULL ? court->source : "");
  simris_page_layout_add_para_text (self->doc, s);
  /* A closed building, a move: what the table's source says about this division. */
  if (court != NULL && court->remark != NULL)
    simris_page_layout_add_para_text (self->doc, court->remark);
}

void
simris_report_build_note (SimrisReport *self)
{
  SimrisTextStyle style = *simris_page_style_body ();
  g_autofree char *apart = simris_report_esc (T (N_("This note is not part of the decision: it is neither signed nor sent "
                                      "to the applicant.")));
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", apart);

  simris_page_layout_add_heading (self->doc, 1, T (N_("Note for the social worker")));
  style.box = SIMRIS_BOX_NOTE;
  {
    guint first = simris_page_layout_get_n_pieces (self->doc);

    simris_page_layout_add_text (self->doc, &style, markup);
    simris_page_layout_close_box (self->doc, first);
  }
  simris_page_layout_add_para_text (self->doc,
                                    T (N_("This draft was prepared with SimRIS, a simulator. It is not a decision: "
                                          "the social worker checks the facts and the conditions, and the Special "
                                          "Committee for Social Services decides.")));
  build_note_warnings (self);
  build_note_readings (self);
  build_note_court (self);
  build_not_modelled (self);
}
