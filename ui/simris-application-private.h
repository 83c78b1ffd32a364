/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "simris-application.h"

G_BEGIN_DECLS

struct _SimrisApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  guint           recovery_checked : 1;
};

void _simris_application_actions_init (SimrisApplication *self);

G_END_DECLS
