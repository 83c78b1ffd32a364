/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "simris-guide.h"

G_BEGIN_DECLS

#define SIMRIS_TYPE_ASSISTANT_PAGE (simris_assistant_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (SimrisAssistantPage, simris_assistant_page, SIMRIS, ASSISTANT_PAGE, GtkBox)

/* One page of the guided simulation (as GNOME Initial Setup's pages/): a title, the line
 * "Why we ask: …", a group of questions, and the message saying what to change. A page
 * writes each answer into the guide's household at once and keeps its own widgets in its
 * own instance structure. Properties: "guide" (construct-only); the widget's "name" is the
 * page's name in the flow ("you", "money-m2"…). Signals: "changed" (an answer changed: the flow checks the
 * page again), "activate-next" (Enter in a field). */
struct _SimrisAssistantPageClass
{
  GtkBoxClass parent_class;

  /* Adds the page's questions (called once, when the page is constructed). */
  void   (*build)       (SimrisAssistantPage *self);
  /* What to change before Next, or NULL. */
  char * (*validate)    (SimrisAssistantPage *self);
  /* The questions the page asks, and the fields it shows, as answered now. */
  guint  (*n_questions) (SimrisAssistantPage *self);
  guint  (*n_fields)    (SimrisAssistantPage *self);
};

SimrisGuide     *simris_assistant_page_get_guide      (SimrisAssistantPage *self);
SimrisHousehold *simris_assistant_page_get_household  (SimrisAssistantPage *self);
const char      *simris_assistant_page_get_name       (SimrisAssistantPage *self);
char            *simris_assistant_page_validate       (SimrisAssistantPage *self);
guint            simris_assistant_page_get_n_questions (SimrisAssistantPage *self);
guint            simris_assistant_page_get_n_fields   (SimrisAssistantPage *self);
/* Shows message (or hides the error line when NULL). */
void             simris_assistant_page_show_error     (SimrisAssistantPage *self,
                                                       const char          *message);
/* The widget of the page whose widget name is name, or NULL. */
GtkWidget       *simris_assistant_page_find           (SimrisAssistantPage *self,
                                                       const char          *name);
/* The first question of the page takes the keyboard focus. */
void             simris_assistant_page_focus_first    (SimrisAssistantPage *self);

/* For the pages' own code. */
/* Starts the page: its title, the line "Why we ask: why" (none when NULL) and the hint over
 * its questions (none when NULL). Returns the group the questions go in. */
GtkWidget       *simris_assistant_page_begin          (SimrisAssistantPage *self,
                                                       const char          *title,
                                                       const char          *why,
                                                       const char          *hint);
GtkWidget       *simris_assistant_page_get_group      (SimrisAssistantPage *self);
void             simris_assistant_page_changed        (SimrisAssistantPage *self);
/* The questions below add a row to group (the page's group or an expander row of it) and
 * return the widget that answers: name is its widget name, title its accessible name. */
GtkWidget       *simris_assistant_page_add_switch     (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       gboolean             active);
/* A yes/no question about member: write puts each answer into it, then the page is "changed". */
typedef void (*SimrisMemberWrite) (SimrisMember *member,
                                   gboolean      yes);
GtkWidget       *simris_assistant_page_add_member_switch (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       SimrisMember        *member,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       gboolean             active,
                                                       SimrisMemberWrite    write);
/* A check button before its title: one choice among others when first is the first one's. */
GtkWidget       *simris_assistant_page_add_check      (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       GtkWidget           *first);
GtkWidget       *simris_assistant_page_add_spin       (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       guint                value,
                                                       guint                max);
GtkWidget       *simris_assistant_page_add_entry      (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *text);
/* One of answers (translated, NULL-terminated), selected the one chosen (an AdwComboRow). */
GtkWidget       *simris_assistant_page_add_combo      (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       const char * const  *answers,
                                                       guint                selected);
/* Not sure / Yes / No, as the model's tristate; its words, also in the summary of the answers. */
GtkWidget       *simris_assistant_page_add_tristate   (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       const char          *name,
                                                       const char          *title,
                                                       const char          *subtitle,
                                                       SimrisTristate       value);
SimrisTristate   simris_assistant_page_tristate_of    (GtkWidget           *row);
const char      *simris_assistant_tristate_label      (SimrisTristate       value);

/* A date of birth of member (dd/mm/yyyy), written into the model as soon as it is a date;
 * simris_assistant_page_validate_births () says what is wrong with any of them. */
GtkWidget       *simris_assistant_page_add_birth_row  (SimrisAssistantPage *self,
                                                       GtkWidget           *group,
                                                       SimrisMember        *member,
                                                       const char          *title);
char            *simris_assistant_page_validate_births (SimrisAssistantPage *self);

/* Gives widget an accessible name (and mirrors it for the tests' checks). */
void             simris_assistant_name_control        (GtkWidget           *widget,
                                                       const char          *label);
/* A paragraph of a page: a label that wraps, aligned left; name and css class when not NULL. */
GtkWidget       *simris_assistant_new_text            (const char          *text,
                                                       const char          *name,
                                                       const char          *css);
/* Names every GtkSwitch under root (libadwaita 1.2 leaves an expander's switch unnamed). */
void             simris_assistant_name_switches       (GtkWidget           *root,
                                                       const char          *label);
GtkWidget       *simris_assistant_find_named          (GtkWidget           *root,
                                                       const char          *name);

/* A date of birth typed as dd/mm/yyyy: the ISO date, or NULL with a message saying why. */
char            *simris_assistant_parse_birth_date    (SimrisHousehold     *household,
                                                       const char          *text,
                                                       char               **message);
char            *simris_assistant_format_iso_for_entry (const char         *iso);

G_END_DECLS
