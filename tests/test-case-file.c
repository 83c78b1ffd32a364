/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <locale.h>
#include <string.h>

#include "simris-case-file.h"
#include "simris-engine.h"
#include "simris-file.h"
#include "simris-json.h"
#include "simris-core-test.h"

/* Case files (docs/case-format.md): every public case loads and round-trips; every kind of
 * hostile or malformed input is refused with a message naming the field. */

#define HEAD "{\"simris_case\": 1, \"reference_date\": \"2025-03-01\", "
#define APPLICANT "{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\""
#define CASE(members) HEAD "\"members\": [" members "]}"
#define WITH_RESOURCE(resource) CASE (APPLICANT ", \"resources\": [" resource "]}")
#define RESOURCE(amount) "{\"kind\": \"wage\", \"amount\": " amount ", \"period\": \"month\"}"
#define WAGE(fields) WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1, \"period\": \"month\", " fields "}")
#define X50 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define X200 X50 X50 X50 X50
#define X2000 X200 X200 X200 X200 X200 X200 X200 X200 X200 X200

typedef struct
{
  const char          *name;
  const char          *data;
  SimrisCaseFileError  code;
  const char          *message;  /* a part of the expected message: the path and the reason */
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-json", "{\"simris_case\": 1,", SIMRIS_CASE_FILE_ERROR_INVALID, "not valid JSON" },
  { "bad-json-missing-colon", "{\"simris_case\" 1}", SIMRIS_CASE_FILE_ERROR_INVALID, "not valid JSON" },
  { "top-level-array", "[" APPLICANT "}]", SIMRIS_CASE_FILE_ERROR_INVALID, "JSON object" },
  { "top-level-string", "\"simris\"", SIMRIS_CASE_FILE_ERROR_INVALID, "JSON object" },
  { "empty", "", SIMRIS_CASE_FILE_ERROR_INVALID, "empty" },
  { "only-whitespace", " \n\t ", SIMRIS_CASE_FILE_ERROR_INVALID, "empty" },
  { "only-bom", "\xEF\xBB\xBF", SIMRIS_CASE_FILE_ERROR_INVALID, "empty" },
  { "invalid-utf8", HEAD "\"description\": \"caf\xE9\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "UTF-8" },
  { "overlong-utf8", HEAD "\"description\": \"\xC0\xAF\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "UTF-8" },
  { "single-quotes", "{'simris_case': 1}", SIMRIS_CASE_FILE_ERROR_INVALID, "unexpected “'”" },
  { "comment", "/* \" */ " CASE (APPLICANT "}"), SIMRIS_CASE_FILE_ERROR_INVALID, "unexpected “/”" },
  { "trailing-text", CASE (APPLICANT "}") " {}", SIMRIS_CASE_FILE_ERROR_INVALID, "text follows the end" },
  { "identifier", HEAD "\"members\": [" APPLICANT ", \"student\": yes}]}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "unexpected “yes”" },
  { "hex-number", HEAD "\"members\": [" APPLICANT ", \"x\": 0x10}]}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "“0x10” is not a number" },
  { "integer-overflow", WITH_RESOURCE (RESOURCE ("18446744073709551617")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "too large to read" },
  { "double-overflow", WITH_RESOURCE (RESOURCE ("1e400")), SIMRIS_CASE_FILE_ERROR_INVALID, "too large to read" },
  { "nul-escape", HEAD "\"description\": \"a\\u0000b\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "\\u0000" },
  { "lone-surrogate", HEAD "\"members\": [" APPLICANT ", \"name\": \"\\ud800x\"}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].name: " },
  { "no-simris-case", "{\"reference_date\": \"2025-03-01\", \"members\": []}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "simris_case: " },
  { "simris-case-string", "{\"simris_case\": \"1\", \"members\": []}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "simris_case: expected a whole number" },
  { "simris-case-zero", "{\"simris_case\": 0, \"members\": []}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "simris_case: unknown version 0" },
  { "too-new", "{\"simris_case\": 2, \"members\": 42}", SIMRIS_CASE_FILE_ERROR_TOO_NEW,
    "made by a newer SimRIS" },
  { "no-members", HEAD "\"description\": \"x\"}", SIMRIS_CASE_FILE_ERROR_INVALID, "members: this field is required" },
  { "members-object", HEAD "\"members\": {}}", SIMRIS_CASE_FILE_ERROR_INVALID, "members: expected an array" },
  { "member-number", CASE ("1"), SIMRIS_CASE_FILE_ERROR_INVALID, "members[0]: expected an object" },
  { "member-null", CASE (APPLICANT "}, null"), SIMRIS_CASE_FILE_ERROR_INVALID, "members[1]: null is not allowed" },
  { "reference-date-number", "{\"simris_case\": 1, \"reference_date\": 20250301, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "reference_date: expected a string" },
  { "reference-date-null", "{\"simris_case\": 1, \"reference_date\": null, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "reference_date: null is not allowed" },
  { "reference-date-missing", "{\"simris_case\": 1, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "reference_date: " },
  { "description-null", HEAD "\"description\": null, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "description: null is not allowed" },
  { "name-null", CASE (APPLICANT ", \"name\": null}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].name: null is not allowed here" },
  { "label-null", WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1, \"period\": \"month\", \"label\": null}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].label: null is not allowed here" },
  { "options-null", HEAD "\"members\": [" APPLICANT "}], \"options\": null}", SIMRIS_CASE_FILE_ERROR_INVALID,
    "options: null is not allowed" },
  { "student-string", CASE (APPLICANT ", \"student\": \"yes\"}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].student: expected true or false" },
  { "lives-in-household-number", CASE (APPLICANT ", \"lives_in_household\": 1}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].lives_in_household: expected true or false" },
  { "birth-date-number", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": 19900101}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: expected a string" },
  { "id-number", CASE ("{\"id\": 1, \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].id: expected a string" },
  { "id-missing", CASE ("{\"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].id: this field is required" },
  { "relation-missing", CASE ("{\"id\": \"a\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].relation: this field is required" },
  { "birth-date-empty", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: \"\" is not a date" },
  { "conditions-array", CASE (APPLICANT ", \"conditions\": []}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].conditions: expected an object" },
  { "condition-string", CASE (APPLICANT ", \"conditions\": {\"residence\": \"yes\"}}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].conditions.residence: expected true or false" },
  { "split-number", CASE (APPLICANT "}, {\"id\": \"p\", \"relation\": \"partner\", \"birth_date\": \"1990-01-01\", "
                          "\"partner_split\": {\"age\": 1}}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].partner_split.age: expected true or false" },
  { "resources-object", CASE (APPLICANT ", \"resources\": {}}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources: expected an array" },
  { "resource-string", WITH_RESOURCE ("\"wage\""), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0]: expected an object" },
  { "amount-bool", WITH_RESOURCE (RESOURCE ("true")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: expected an amount" },
  { "period-missing", WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].period: this field is required" },
  { "negative-amount", WITH_RESOURCE (RESOURCE ("\"-5\"")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: negative amount \"-5\"" },
  { "negative-amount-number", WITH_RESOURCE (RESOURCE ("-5")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: negative amount" },
  { "three-decimals", WITH_RESOURCE (RESOURCE ("\"5.123\"")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: \"5.123\" has more than two decimals" },
  { "three-decimals-number", WITH_RESOURCE (RESOURCE ("5.123")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: \"5.123\" has more than two decimals" },
  { "huge-amount", WITH_RESOURCE (RESOURCE ("\"10000000.01\"")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: amount above 10 000 000.00" },
  { "huge-amount-number", WITH_RESOURCE (RESOURCE ("1e12")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: amount above 10 000 000.00" },
  { "huge-amount-integer", WITH_RESOURCE (RESOURCE ("10000001")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: amount above 10 000 000.00" },
  { "amount-syntax", WITH_RESOURCE (RESOURCE ("\"12,50\"")), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].amount: \"12,50\" is not an amount" },
  { "count-string", WITH_RESOURCE ("{\"kind\": \"ale_cheques\", \"amount\": 41, \"period\": \"month\", \"count\": \"10\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].count: expected a whole number" },
  { "count-too-large", WITH_RESOURCE ("{\"kind\": \"ale_cheques\", \"amount\": 41, \"period\": \"month\", \"count\": 1000001}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].count: 1000001 is not a whole number" },
  { "count-fraction", WITH_RESOURCE ("{\"kind\": \"ale_cheques\", \"amount\": 41, \"period\": \"month\", \"count\": 2.5}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].count: 2.5 is not a whole number" },
  { "allowance-children-negative",
    WITH_RESOURCE ("{\"kind\": \"real_estate\", \"amount\": 41, \"period\": \"total\", \"allowance_children\": -1}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].allowance_children: -1 is not a whole number" },
  { "impossible-date", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"2025-02-30\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: \"2025-02-30\" is not a real date" },
  { "impossible-month", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"2025-13-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: \"2025-13-01\" is not a real date" },
  { "not-iso-date", "{\"simris_case\": 1, \"reference_date\": \"01/03/2025\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "reference_date: \"01/03/2025\" is not a date of the form yyyy-mm-dd" },
  { "birth-after-reference", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"2031-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: \"2031-01-01\" is after the reference date 2025-03-01" },
  { "date-before-1900", CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1899-12-31\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].birth_date: 1899-12-31 is outside" },
  { "date-after-2100", "{\"simris_case\": 1, \"reference_date\": \"2101-01-01\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "reference_date: 2101-01-01 is outside" },
  { "spi-start-impossible",
    WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1, \"period\": \"month\", \"spi_start\": \"2023-02-29\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].spi_start: \"2023-02-29\" is not a real date" },
  { "since-impossible", CASE (APPLICANT ", \"pending_benefits\": [{\"kind\": \"unemployment\", \"since\": \"2025-04-31\"}]}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].pending_benefits[0].since: \"2025-04-31\" is not a real date" },
  { "application-date-impossible", HEAD "\"members\": [" APPLICANT "}], \"decision\": {\"application_date\": \"2025-02-29\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "decision.application_date: \"2025-02-29\" is not a real date" },
  { "unknown-kind", WITH_RESOURCE ("{\"kind\": \"salary\", \"amount\": 1, \"period\": \"month\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].kind: unknown resource kind \"salary\"" },
  { "unknown-pending-kind", CASE (APPLICANT ", \"pending_benefits\": [{\"kind\": \"lottery\"}]}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].pending_benefits[0].kind: unknown resource kind \"lottery\"" },
  { "pending-kind-number", CASE (APPLICANT ", \"pending_benefits\": [{\"kind\": 3}]}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].pending_benefits[0].kind: expected a string" },
  { "until-before-from", WAGE ("\"from\": \"2025-06-01\", \"until\": \"2025-05-31\""), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].until: 2025-05-31 is before \"from\" 2025-06-01" },
  { "from-not-real", WAGE ("\"from\": \"2025-02-29\""), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].from: \"2025-02-29\" is not a real date" },
  { "until-number", WAGE ("\"until\": 20250101"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].until: expected a string" },
  { "until-null", WAGE ("\"until\": null"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].until: null is not allowed here" },
  { "shortage-not-date", WAGE ("\"shortage_occupation_start\": \"2025-1-1\""), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].shortage_occupation_start: \"2025-1-1\" is not a date of the form yyyy-mm-dd" },
  { "shortage-not-wage", WITH_RESOURCE ("{\"kind\": \"pension\", \"amount\": 1, \"period\": \"month\", "
                                        "\"shortage_occupation_start\": \"2025-01-01\"}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].shortage_occupation_start: only a \"wage\" can start in a shortage occupation, not \"pension\"" },
  { "name-too-long", CASE (APPLICANT ", \"name\": \"" X200 "y\"}"), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].name: the text is 201 characters long, at most 200 are allowed" },
  { "label-too-long", WAGE ("\"label\": \"" X200 "y\""), SIMRIS_CASE_FILE_ERROR_INVALID,
    "members[0].resources[0].label: the text is 201 characters long, at most 200 are allowed" },
  { "description-too-long", HEAD "\"description\": \"" X2000 "y\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "description: the text is 2001 characters long, at most 2000 are allowed" },
  { "decision-too-long", HEAD "\"members\": [" APPLICANT "}], \"decision\": {\"applicant_address\": \"" X2000 "y\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "decision.applicant_address: the text is 2001 characters long, at most 2000 are allowed" },
  { "postcode-number", HEAD "\"members\": [" APPLICANT "}], \"decision\": {\"cpas_postcode\": 5000}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "decision.cpas_postcode: expected a string" },
  { "paying-body-too-long", CASE (APPLICANT ", \"pending_benefits\": [{\"kind\": \"pension\", \"paying_body\": \"" X2000 "y\"}]}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].pending_benefits[0].paying_body: the text is 2001 characters long" },
  { "unknown-period", WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1, \"period\": \"week\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].period: unknown period \"week\"" },
  { "unknown-relation", CASE (APPLICANT "}, {\"id\": \"b\", \"relation\": \"cousin\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].relation: unknown relation \"cousin\"" },
  { "capital-with-month", WITH_RESOURCE ("{\"kind\": \"capital\", \"amount\": 25000, \"period\": \"month\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].period: a \"capital\" resource needs the period \"total\"" },
  { "wage-with-total", WITH_RESOURCE ("{\"kind\": \"wage\", \"amount\": 1, \"period\": \"total\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources[0].period: the period \"total\" is only for" },
  { "dangling-dependent-of", CASE (APPLICANT "}, {\"id\": \"c\", \"relation\": \"child\", \"birth_date\": \"2020-01-01\", "
                                   "\"dependent_of\": \"x\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].dependent_of: no member has the id \"x\"" },
  { "dependent-of-self", CASE (APPLICANT "}, {\"id\": \"c\", \"relation\": \"child\", \"birth_date\": \"2020-01-01\", "
                               "\"dependent_of\": \"c\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].dependent_of: " },
  { "two-applicants", CASE (APPLICANT "}, {\"id\": \"b\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].relation: a second applicant" },
  { "no-applicant", CASE ("{\"id\": \"b\", \"relation\": \"sibling\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members: no member has the relation \"applicant\"" },
  { "no-member", CASE (""), SIMRIS_CASE_FILE_ERROR_INVALID, "members: no member has the relation \"applicant\"" },
  { "two-partners", CASE (APPLICANT "}, {\"id\": \"p\", \"relation\": \"partner\", \"birth_date\": \"1990-01-01\"}, "
                          "{\"id\": \"q\", \"relation\": \"partner\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[2].relation: a second partner" },
  /* Issue 24: a couple settles household matters in common by definition (art. 14, §1, 1° DIS). */
  { "partner-separate-household", CASE (APPLICANT "}, {\"id\": \"p\", \"relation\": \"partner\", "
                                        "\"birth_date\": \"1990-01-01\", \"shares_household\": false}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].shares_household: a partner always shares the household" },
  { "shares-household-string", CASE (APPLICANT "}, {\"id\": \"s\", \"relation\": \"unrelated\", "
                                     "\"birth_date\": \"1990-01-01\", \"shares_household\": \"no\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].shares_household: expected true or false" },
  { "custody-unknown", CASE (APPLICANT "}, {\"id\": \"c\", \"relation\": \"child\", "
                             "\"birth_date\": \"2018-01-01\", \"custody\": \"half\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].custody: unknown custody \"half\"" },
  { "custody-applicant", CASE (APPLICANT ", \"custody\": \"alternating\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].custody: \"alternating\" is for a child" },
  { "also-applies-number", CASE (APPLICANT "}, {\"id\": \"b\", \"relation\": \"sibling\", "
                                 "\"birth_date\": \"1990-01-01\", \"also_applies\": 1}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].also_applies: expected true or false" },
  { "duplicate-ids", CASE (APPLICANT "}, {\"id\": \"a\", \"relation\": \"child\", \"birth_date\": \"2020-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[1].id: \"a\" is already the id of members[0]" },
  { "empty-id", CASE ("{\"id\": \"\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\"}"),
    SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].id: " },
  { "split-share-too-large", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"split_applicant_share\": 101}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.split_applicant_share: 101 is not a percentage" },
  { "split-share-string", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"split_applicant_share\": \"50\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.split_applicant_share: expected a whole number" },
  { "art34-regime-unknown", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"art34_regime\": \"2030\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.art34_regime: unknown regime \"2030\"" },
  { "art34-regime-number", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"art34_regime\": 2026}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.art34_regime: expected a string" },
  { "option-string", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"reform_maf_exempt\": \"true\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.reform_maf_exempt: expected true or false" },
  { "decision-number", HEAD "\"members\": [" APPLICANT "}], \"decision\": {\"cpas_name\": 12}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "decision.cpas_name: expected a string" },
  /* Issue 29: the benefit, the residence status, the maintenance paid, the students' options. */
  { "benefit-unknown", HEAD "\"benefit\": \"minimex\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "benefit: unknown benefit \"minimex\"" },
  { "benefit-number", HEAD "\"benefit\": 1, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "benefit: expected a string" },
  { "residence-status-unknown", HEAD "\"residence_status\": \"tourist\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "residence_status: unknown residence status \"tourist\"" },
  { "maintenance-paid-negative", HEAD "\"maintenance_paid\": {\"amount\": \"-300.00\"}, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "maintenance_paid.amount" },
  { "maintenance-paid-not-object", HEAD "\"maintenance_paid\": \"300.00\", \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "maintenance_paid: expected an object" },
  { "maintenance-paid-no-amount", HEAD "\"maintenance_paid\": {}, \"members\": [" APPLICANT "}]}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "maintenance_paid.amount: this field is required" },
  { "student-under-25-string", HEAD "\"members\": [" APPLICANT "}], \"options\": {\"student_exemption_under_25\": \"yes\"}}",
    SIMRIS_CASE_FILE_ERROR_INVALID, "options.student_exemption_under_25: expected true or false" },
};

static SimrisHousehold *
load_ok (const char *data,
         gssize      length)
{
  g_autoptr(GError) error = NULL;
  SimrisHousehold *household = simris_case_file_load_data (data, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (household);

  return household;
}

static void
assert_refused (const char          *data,
                gssize               length,
                SimrisCaseFileError  code,
                const char          *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) household = simris_case_file_load_data (data, length, &error);

  g_assert_null (household);
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, (int) code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected a message with “%s”, got “%s”", message, error->message);
  g_test_message ("%s", error->message);
}

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;

  assert_refused (bad->data, strlen (bad->data), bad->code, bad->message);
}

static SimrisResource *
first_resource (SimrisHousehold *household)
{
  g_autoptr(SimrisMember) applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);

  /* The household keeps it alive. */
  return resource;
}

/* load → save → load → save gives the same text, and what it returns is that text. */
static char *
assert_round_trip (SimrisHousehold *household)
{
  g_autoptr(SimrisHousehold) reloaded = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize length;

  first = simris_case_file_to_data (household, &length);
  g_assert_cmpuint (length, ==, strlen (first));
  reloaded = load_ok (first, length);
  second = simris_case_file_to_data (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&reloaded));

  return g_steal_pointer (&first);
}

static void
test_public_cases (void)
{
  g_autofree char *dir_path = simris_test_case_path ("public", NULL);
  g_autoptr(GPtrArray) names = simris_test_list_cases (dir_path);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, names->pdata[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisHousehold) household = NULL;
      g_autoptr(JsonParser) original = json_parser_new ();
      g_autoptr(JsonParser) saved = json_parser_new ();
      g_autofree char *text = NULL;
      JsonObject *original_top;
      JsonObject *saved_top;

      g_test_message ("%s", (char *) names->pdata[i]);
      household = simris_case_file_load (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (household);

      text = assert_round_trip (household);

      /* Nothing of the file is lost: "expected" and every field come back equal. */
      g_assert_true (json_parser_load_from_file (original, path, NULL));
      g_assert_true (json_parser_load_from_data (saved, text, -1, NULL));
      original_top = json_node_get_object (json_parser_get_root (original));
      saved_top = json_node_get_object (json_parser_get_root (saved));
      if (json_object_has_member (original_top, "expected"))
        g_assert_true (json_node_equal (json_object_get_member (original_top, "expected"),
                                        json_object_get_member (saved_top, "expected")));
      g_assert_true (json_node_equal (json_object_get_member (original_top, "members"),
                                      json_object_get_member (saved_top, "members")));
      /* Issue 29: the benefit, the residence status and the maintenance paid come back. */
      {
        const char * const fields[] = { "benefit", "residence_status", "maintenance_paid" };

        for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
          {
            JsonNode *a = json_object_get_member (original_top, fields[k]);
            JsonNode *b = json_object_get_member (saved_top, fields[k]);

            /* The default benefit is not written back. */
            if (a != NULL && g_str_equal (fields[k], "benefit")
                && g_strcmp0 (json_node_get_string (a), "integration_income") == 0)
              continue;
            g_assert_true ((a == NULL) == (b == NULL));
            if (a != NULL)
              g_assert_true (json_node_equal (a, b));
          }
      }

      g_assert_finalize_object (g_steal_pointer (&household));
    }
}

/* Unknown fields at every level survive load and save; null means "unknown" where the
 * contract allows it. */
static const char unknown_fields[] =
  "{\n"
  "  \"simris_case\": 1,\n"
  "  \"reference_date\": \"2025-03-01\",\n"
  "  \"tool\": {\"name\": \"other\", \"list\": [1, 2.5, null, true, \"é\"]},\n"
  "  \"members\": [\n"
  "    {\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\", \"member_note\": \"m\",\n"
  "     \"conditions\": {\"residence\": true, \"willing_to_work\": null, \"checked_by\": \"AS\"},\n"
  "     \"resources\": [{\"kind\": \"wage\", \"amount\": \"700\", \"period\": \"month\", \"payslip\": 3}],\n"
  "     \"pending_benefits\": [{\"kind\": \"unemployment\", \"paying_body\": null, \"since\": null, \"file\": \"X\"}]},\n"
  "    {\"id\": \"p\", \"relation\": \"partner\", \"birth_date\": \"1991-01-01\",\n"
  "     \"partner_split\": {\"age\": false, \"residence\": null, \"proof\": [\"a\"]}}\n"
  "  ],\n"
  "  \"options\": {\"count_maintenance_debtors\": null, \"art34_regime\": null, \"future_option\": 7},\n"
  "  \"decision\": {\"cpas_name\": \"CPAS d'Ixelles\", \"social_worker\": null, \"signature\": {\"by\": \"x\"}},\n"
  "  \"expected\": {\"eligible\": true, \"split\": null}\n"
  "}";

static void
test_unknown_fields (void)
{
  g_autoptr(SimrisHousehold) household = load_ok (unknown_fields, -1);
  g_autoptr(SimrisMember) applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);
  g_autoptr(SimrisMember) partner = g_list_model_get_item (G_LIST_MODEL (household), 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *text = NULL;
  JsonObject *top, *member, *object;

  g_assert_cmpint (simris_member_get_condition (applicant, SIMRIS_CONDITION_RESIDENCE), ==, SIMRIS_TRISTATE_YES);
  g_assert_cmpint (simris_member_get_condition (applicant, SIMRIS_CONDITION_WILLING_TO_WORK), ==, SIMRIS_TRISTATE_UNKNOWN);
  g_assert_cmpint (simris_member_get_split_condition (partner, SIMRIS_SPLIT_AGE), ==, SIMRIS_TRISTATE_NO);
  g_assert_true (simris_household_get_count_maintenance_debtors (household));
  g_assert_null (simris_household_get_art34_regime (household));
  g_assert_cmpstr (simris_household_get_decision_field (household, "cpas_name"), ==, "CPAS d'Ixelles");
  g_assert_null (simris_household_get_decision_field (household, "social_worker"));

  text = assert_round_trip (household);
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (top, "tool"), "list")), ==, 5);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (top, "expected"), "eligible"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (top, "expected"), "split"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (top, "options"), "future_option"), ==, 7);
  object = json_object_get_object_member (top, "decision");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "signature"), "by"), ==, "x");
  g_assert_false (json_object_has_member (object, "social_worker"));

  member = json_array_get_object_element (json_object_get_array_member (top, "members"), 0);
  g_assert_cmpstr (json_object_get_string_member (member, "member_note"), ==, "m");
  object = json_object_get_object_member (member, "conditions");
  g_assert_cmpstr (json_object_get_string_member (object, "checked_by"), ==, "AS");
  g_assert_false (json_object_has_member (object, "willing_to_work"));
  object = json_array_get_object_element (json_object_get_array_member (member, "resources"), 0);
  g_assert_cmpint (json_object_get_int_member (object, "payslip"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object, "amount"), ==, "700.00");
  object = json_array_get_object_element (json_object_get_array_member (member, "pending_benefits"), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, "X");

  member = json_array_get_object_element (json_object_get_array_member (top, "members"), 1);
  object = json_object_get_object_member (member, "partner_split");
  g_assert_false (json_object_get_boolean_member (object, "age"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (object, "proof")), ==, 1);

  /* The tree simris_case_file_to_json() returns shares nothing with the model. */
  g_assert_cmpint (json_object_get_size (simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN)), ==, 2);
  saved = simris_case_file_to_json (household);
  json_object_set_boolean_member (json_object_get_object_member (json_node_get_object (saved), "expected"),
                                  "eligible", FALSE);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (simris_case_file_get_extra (household, SIMRIS_CASE_EXTRA_OWN),
                                                                                "expected"),
                                                 "eligible"));

  g_clear_object (&applicant);
  g_clear_object (&partner);
  g_assert_finalize_object (g_steal_pointer (&household));
}

/* The unknown fields live beside the model (simris_case_file_get_extra()), never in it, and
 * the model's copies carry them: a copy made by a scenario or by undo saves the same text,
 * and changing the copy's fields leaves the original's alone. */
static void
test_unknown_fields_copied (void)
{
  g_autoptr(SimrisHousehold) household = load_ok (unknown_fields, -1);
  g_autoptr(SimrisHousehold) copy = simris_household_copy (household);
  g_autoptr(SimrisMember) member = g_list_model_get_item (G_LIST_MODEL (copy), 1);
  g_autofree char *original_text = simris_case_file_to_data (household, NULL);
  g_autofree char *copy_text = simris_case_file_to_data (copy, NULL);
  JsonObject *split;

  g_assert_cmpstr (copy_text, ==, original_text);

  split = simris_case_file_get_extra (member, SIMRIS_CASE_EXTRA_PARTNER_SPLIT);
  g_assert_nonnull (split);
  json_object_remove_member (split, "proof");
  g_clear_pointer (&copy_text, g_free);
  copy_text = simris_case_file_to_data (copy, NULL);
  g_assert_cmpstr (copy_text, !=, original_text);
  g_clear_pointer (&copy_text, g_free);
  copy_text = simris_case_file_to_data (household, NULL);
  g_assert_cmpstr (copy_text, ==, original_text);

  g_clear_object (&member);
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&household));
}

/* The exact text: key order, defaults left out, amounts as strings, a final newline. */
static void
test_save_format (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, "2001-04-12");
  g_autoptr(SimrisMember) child = simris_member_new ("c", SIMRIS_RELATION_CHILD, "2015-01-01");
  g_autoptr(SimrisResource) resource = simris_resource_new (SIMRIS_RESOURCE_KIND_ALE_CHEQUES, 4100, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisPendingBenefit) benefit = simris_pending_benefit_new (SIMRIS_RESOURCE_KIND_UNEMPLOYMENT);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autofree char *text = NULL;
  const char *expected =
    "{\n"
    "  \"simris_case\": 1,\n"
    "  \"reference_date\": \"2025-03-01\",\n"
    "  \"description\": \"Line\\n\\\"quoted\\\" é\",\n"
    "  \"members\": [\n"
    "    {\n"
    "      \"id\": \"a\",\n"
    "      \"relation\": \"applicant\",\n"
    "      \"name\": \"Sophie\",\n"
    "      \"birth_date\": \"2001-04-12\",\n"
    "      \"student\": true,\n"
    "      \"conditions\": {\n"
    "        \"willing_to_work\": false\n"
    "      },\n"
    "      \"resources\": [\n"
    "        {\n"
    "          \"kind\": \"ale_cheques\",\n"
    "          \"amount\": \"41.00\",\n"
    "          \"period\": \"month\",\n"
    "          \"label\": \"ALE\",\n"
    "          \"count\": 10\n"
    "        }\n"
    "      ],\n"
    "      \"pending_benefits\": [\n"
    "        {\n"
    "          \"kind\": \"unemployment\",\n"
    "          \"paying_body\": \"CAPAC\"\n"
    "        }\n"
    "      ]\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"c\",\n"
    "      \"relation\": \"child\",\n"
    "      \"birth_date\": \"2015-01-01\",\n"
    "      \"lives_in_household\": false,\n"
    "      \"dependent_of\": \"a\"\n"
    "    }\n"
    "  ],\n"
    "  \"options\": {\n"
    "    \"art34_regime\": \"2026\",\n"
    "    \"split_applicant_share\": 60\n"
    "  },\n"
    "  \"decision\": {\n"
    "    \"cpas_name\": \"CPAS\"\n"
    "  },\n"
    "  \"expected\": {\n"
    "    \"amount_month\": \"1.00\",\n"
    "    \"ratio\": 0.1,\n"
    "    \"list\": [],\n"
    "    \"none\": {}\n"
    "  }\n"
    "}\n";

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_set_description (household, "Line\n\"quoted\" é");
  simris_member_set_name (applicant, "Sophie");
  simris_member_set_student (applicant, TRUE);
  simris_member_set_condition (applicant, SIMRIS_CONDITION_WILLING_TO_WORK, SIMRIS_TRISTATE_NO);
  simris_resource_set_label (resource, "ALE");
  simris_resource_set_count (resource, 10);
  simris_member_add_resource (applicant, resource);
  simris_pending_benefit_set_paying_body (benefit, "CAPAC");
  simris_member_add_pending_benefit (applicant, benefit);
  simris_member_set_lives_in_household (child, FALSE);
  simris_member_set_dependent_of (child, "a");
  simris_household_append (household, applicant);
  simris_household_append (household, child);
  simris_household_set_art34_regime (household, "2026");
  simris_household_set_split_applicant_share (household, 60);
  simris_household_set_decision_field (household, "cpas_name", "CPAS");

  json_object_set_object_member (extra, "expected", json_object_new ());
  json_object_set_string_member (json_object_get_object_member (extra, "expected"), "amount_month", "1.00");
  json_object_set_double_member (json_object_get_object_member (extra, "expected"), "ratio", 0.1);
  json_object_set_array_member (json_object_get_object_member (extra, "expected"), "list", json_array_new ());
  json_object_set_object_member (json_object_get_object_member (extra, "expected"), "none", json_object_new ());
  /* A known key in the extras never overrides the model. */
  json_object_set_int_member (extra, "simris_case", 99);
  simris_case_file_set_extra (household, SIMRIS_CASE_EXTRA_OWN, extra);

  text = simris_case_file_to_data (household, NULL);
  g_assert_cmpstr (text, ==, expected);
  g_free (assert_round_trip (household));

  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_amount_forms (void)
{
  static const struct {
    const char *amount;
    SimrisCents cents;
  } forms[] = {
    { "5.1", 510 },
    { "\"5.10\"", 510 },
    { "\"5.100\"", 510 },
    { "\"5.1\"", 510 },
    { "5", 500 },
    { "\"5\"", 500 },
    { "0", 0 },
    { "0.29", 29 },
    { "1234.56", 123456 },
    { "10000000", 1000000000 },
    { "\"10000000.00\"", 1000000000 },
    { "1e2", 10000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *data = g_strdup_printf (WITH_RESOURCE (RESOURCE ("%s")), forms[i].amount);
      g_autoptr(SimrisHousehold) household = load_ok (data, -1);

      g_test_message ("%s", forms[i].amount);
      g_assert_cmpint (simris_resource_get_amount (first_resource (household)), ==, forms[i].cents);
      g_assert_finalize_object (g_steal_pointer (&household));
    }
}

static void
test_number_amount (void)
{
  g_autoptr(SimrisHousehold) household = load_ok (WITH_RESOURCE (RESOURCE ("5.1")), -1);

  g_assert_cmpint (simris_resource_get_amount (first_resource (household)), ==, 510);
  assert_refused (WITH_RESOURCE (RESOURCE ("5.123")), -1, SIMRIS_CASE_FILE_ERROR_INVALID,
                  "members[0].resources[0].amount: \"5.123\" has more than two decimals");
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_bom (void)
{
  g_autoptr(SimrisHousehold) household = load_ok ("\xEF\xBB\xBF" CASE (APPLICANT "}"), -1);

  g_assert_cmpstr (simris_household_get_reference_date (household), ==, "2025-03-01");
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_nul_byte (void)
{
  static const char data[] = CASE (APPLICANT ", \"name\": \"a\0b\"}");

  assert_refused (data, sizeof data - 1, SIMRIS_CASE_FILE_ERROR_INVALID, "NUL");
}

static void
test_duplicate_keys (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (CASE (APPLICANT ", \"name\": \"first\", \"name\": \"last\"}"), -1);
  g_autoptr(SimrisMember) applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);

  g_assert_cmpstr (simris_member_get_name (applicant), ==, "last");

  g_clear_object (&applicant);
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_null_allowed (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (HEAD "\"members\": [" APPLICANT ", \"conditions\": {\"residence\": null}, "
             "\"pending_benefits\": [{\"kind\": \"pension\", \"paying_body\": null, \"since\": null}]}], "
             "\"options\": {\"count_ascendants_descendants\": null, \"count_maintenance_debtors\": null, "
             "\"art34_regime\": null, \"reform_maf_exempt\": null, \"split_applicant_share\": null}, "
             "\"decision\": {\"cpas_name\": null, \"cpas_address\": null, \"application_date\": null, "
             "\"case_reference\": null, \"social_worker\": null, \"tribunal_address\": null}}", -1);

  g_assert_true (simris_household_get_count_maintenance_debtors (household));
  g_assert_cmpint (simris_household_get_split_applicant_share (household), ==, 50);
  g_assert_null (simris_household_get_decision_field (household, "cpas_name"));
  g_assert_finalize_object (g_steal_pointer (&household));
}

static void
test_options (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (HEAD "\"members\": [" APPLICANT "}], "
             "\"options\": {\"count_ascendants_descendants\": true, \"count_maintenance_debtors\": false, "
             "\"art34_regime\": \"2002\", \"reform_maf_exempt\": true, \"split_applicant_share\": 0}, "
             "\"decision\": {\"cpas_name\": \"A\", \"cpas_address\": \"B\", \"application_date\": \"2025-02-01\", "
             "\"case_reference\": \"C\", \"social_worker\": \"D\", \"tribunal_address\": \"E\"}}", -1);

  g_assert_true (simris_household_get_count_ascendants_descendants (household));
  g_assert_false (simris_household_get_count_maintenance_debtors (household));
  g_assert_cmpstr (simris_household_get_art34_regime (household), ==, "2002");
  g_assert_true (simris_household_get_reform_maf_exempt (household));
  g_assert_cmpint (simris_household_get_split_applicant_share (household), ==, 0);
  g_assert_cmpstr (simris_household_get_decision_field (household, "application_date"), ==, "2025-02-01");
  g_assert_cmpstr (simris_household_get_decision_field (household, "tribunal_address"), ==, "E");
  g_free (assert_round_trip (household));
  g_assert_finalize_object (g_steal_pointer (&household));
}

/* An empty "partner_split" says the split was asked about: it is written back; an empty
 * "conditions" says nothing and is left out. */
static void
test_empty_objects (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (CASE (APPLICANT ", \"conditions\": {}}, {\"id\": \"p\", \"relation\": \"partner\", "
                   "\"birth_date\": \"1990-01-01\", \"partner_split\": {\"age\": null}}"), -1);
  g_autoptr(SimrisMember) partner = g_list_model_get_item (G_LIST_MODEL (household), 1);
  g_autofree char *text = NULL;

  g_assert_true (simris_member_get_has_split (partner));
  text = assert_round_trip (household);
  g_assert_nonnull (strstr (text, "\"partner_split\": {}"));
  g_assert_null (strstr (text, "conditions"));

  g_clear_object (&partner);
  g_assert_finalize_object (g_steal_pointer (&household));
}

/* A case whose unknown field "x" nests @levels arrays: the top object is level 1. */
static char *
nested_case (guint levels)
{
  GString *data = g_string_new (HEAD "\"members\": [" APPLICANT "}], \"x\": ");

  for (guint i = 0; i < levels; i++)
    g_string_append_c (data, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (data, ']');
  g_string_append_c (data, '}');

  return g_string_free (data, FALSE);
}

static void
test_depth (void)
{
  g_autofree char *deep32 = nested_case (SIMRIS_CASE_FILE_MAX_DEPTH - 1);
  g_autofree char *deep33 = nested_case (SIMRIS_CASE_FILE_MAX_DEPTH);
  g_autoptr(GString) brackets_in_string = g_string_new (HEAD "\"description\": \"");
  g_autoptr(SimrisHousehold) household = load_ok (deep32, -1);

  g_free (assert_round_trip (household));
  assert_refused (deep33, -1, SIMRIS_CASE_FILE_ERROR_INVALID, "more than 32 levels");

  /* Brackets inside strings do not count, escaped quotes do not end them. */
  for (guint i = 0; i < 100; i++)
    g_string_append (brackets_in_string, "[{\\\"");
  g_string_append (brackets_in_string, "\", \"members\": [" APPLICANT "}]}");
  g_clear_object (&household);
  household = load_ok (brackets_in_string->str, -1);
}

static void
test_deep_hostile (void)
{
  /* 5 million levels: refused before json-glib recurses. */
  gsize n = 5 * 1024 * 1024;
  g_autofree char *data = g_malloc (n);

  memset (data, '[', n);
  assert_refused (data, n, SIMRIS_CASE_FILE_ERROR_INVALID, "more than 32 levels");
}

/* A valid case padded to exactly @size bytes with spaces in an unknown string. */
static char *
padded_case (gsize size)
{
  const char *head = HEAD "\"members\": [" APPLICANT "}], \"padding\": \"";
  const char *tail = "\"}";
  char *data = g_malloc (size + 1);
  gsize head_len = strlen (head);
  gsize tail_len = strlen (tail);

  g_assert_cmpuint (size, >, head_len + tail_len);
  memcpy (data, head, head_len);
  memset (data + head_len, ' ', size - head_len - tail_len);
  memcpy (data + size - tail_len, tail, tail_len);
  data[size] = '\0';

  return data;
}

static void
test_size_limit (void)
{
  g_autofree char *largest = padded_case (SIMRIS_CASE_FILE_MAX_SIZE);
  g_autofree char *too_large = padded_case (SIMRIS_CASE_FILE_MAX_SIZE + 1);
  g_autoptr(SimrisHousehold) household = load_ok (largest, SIMRIS_CASE_FILE_MAX_SIZE);
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) from_file = NULL;

  assert_refused (too_large, SIMRIS_CASE_FILE_MAX_SIZE + 1, SIMRIS_CASE_FILE_ERROR_INVALID, "too large");

  /* From a file too: refused on its size, before reading. */
  g_assert_true (g_file_set_contents (path, too_large, SIMRIS_CASE_FILE_MAX_SIZE + 1, NULL));
  from_file = simris_case_file_load (file, NULL, &error);
  g_assert_null (from_file);
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* A valid case with @n members, or an applicant with @n resources or pending benefits. */
static char *
members_case (guint n)
{
  GString *data = g_string_new (HEAD "\"members\": [" APPLICANT "}");

  for (guint i = 1; i < n; i++)
    g_string_append_printf (data, ", {\"id\": \"m%u\", \"relation\": \"unrelated\", \"birth_date\": \"1980-01-01\"}", i);
  g_string_append (data, "]}");

  return g_string_free (data, FALSE);
}

static char *
resources_case (guint n)
{
  GString *data = g_string_new (HEAD "\"members\": [" APPLICANT ", \"resources\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "%s" RESOURCE ("1"), i > 0 ? ", " : "");
  g_string_append (data, "]}]}");

  return g_string_free (data, FALSE);
}

static char *
benefits_case (guint n)
{
  GString *data = g_string_new (HEAD "\"members\": [" APPLICANT ", \"pending_benefits\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, "%s{\"kind\": \"pension\"}", i > 0 ? ", " : "");
  g_string_append (data, "]}]}");

  return g_string_free (data, FALSE);
}

static void
test_limits (void)
{
  g_autofree char *members30 = members_case (SIMRIS_MAX_MEMBERS);
  g_autofree char *members31 = members_case (SIMRIS_MAX_MEMBERS + 1);
  g_autofree char *resources50 = resources_case (SIMRIS_MAX_RESOURCES);
  g_autofree char *resources51 = resources_case (SIMRIS_MAX_RESOURCES + 1);
  g_autofree char *benefits50 = benefits_case (SIMRIS_MAX_PENDING_BENEFITS);
  g_autofree char *benefits51 = benefits_case (SIMRIS_MAX_PENDING_BENEFITS + 1);

  g_assert_finalize_object (load_ok (members30, -1));
  assert_refused (members31, -1, SIMRIS_CASE_FILE_ERROR_INVALID, "members: 31 members");
  g_assert_finalize_object (load_ok (resources50, -1));
  assert_refused (resources51, -1, SIMRIS_CASE_FILE_ERROR_INVALID, "members[0].resources: 51 resources");
  g_assert_finalize_object (load_ok (benefits50, -1));
  assert_refused (benefits51, -1, SIMRIS_CASE_FILE_ERROR_INVALID,
                  "members[0].pending_benefits: 51 pending benefits");
}

static void
test_file_io (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "case.simris.json", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) in_missing_dir = g_file_get_child (missing, "case.simris.json");
  g_autoptr(SimrisHousehold) household = load_ok (unknown_fields, -1);
  g_autoptr(SimrisHousehold) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *expected = simris_case_file_to_data (household, NULL);

  g_assert_true (simris_case_file_save (household, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, expected);

  /* Saving again replaces the file. */
  simris_household_set_description (household, "again");
  g_assert_true (simris_case_file_save (household, file, NULL, &error));
  loaded = simris_case_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (simris_household_get_description (loaded), ==, "again");
  g_clear_object (&loaded);

  loaded = simris_case_file_load (missing, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.simris.json"));
  g_clear_error (&error);

  loaded = simris_case_file_load (folder, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
  g_clear_error (&error);

  g_assert_false (simris_case_file_save (household, in_missing_dir, NULL, &error));
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
  g_clear_error (&error);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_from_json (void)
{
  g_autoptr(JsonNode) root = json_from_string (CASE (APPLICANT "}"), NULL);
  g_autoptr(JsonNode) array = json_from_string ("[1]", NULL);
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;

  household = simris_case_file_from_json (root, &error);
  g_assert_no_error (error);
  saved = simris_case_file_to_json (household);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (saved));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (saved), "simris_case"), ==, 1);

  g_assert_null (simris_case_file_from_json (array, &error));
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_finalize_object (g_steal_pointer (&household));
}

/* tests/bad-cases/ keeps hostile files whose bytes are awkward to write in C (other
 * encodings, CRLF, tricks against the nesting count). bad-cases/EXPECTED lists them, one
 * "file<TAB>part of the message" a line; each is refused through simris_case_file_load(). */
static void
test_bad_case_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "bad-cases", NULL);
  g_autofree char *index_path = NULL;
  g_autofree char *index = NULL;
  g_auto(GStrv) lines = NULL;

  index_path = g_build_filename (dir, "EXPECTED", NULL);
  if (!g_file_get_contents (index_path, &index, NULL, NULL))
    {
      g_test_skip ("no tests/bad-cases/EXPECTED");
      return;
    }

  lines = g_strsplit (index, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisHousehold) household = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      path = g_build_filename (dir, fields[0], NULL);
      file = g_file_new_for_path (path);

      g_test_message ("%s", fields[0]);
      household = simris_case_file_load (file, NULL, &error);
      g_assert_null (household);
      g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_INVALID);
      if (strstr (error->message, fields[1]) == NULL)
        g_error ("%s: expected a message with “%s”, got “%s”", fields[0], fields[1], error->message);
    }
}

/* Drafts (docs/case-format.md): missing values load, save back unchanged, and are refused by
 * the engine naming the first one in file order. */
typedef struct
{
  const char *name;
  const char *data;       /* the file, as the application writes it */
  int         member;     /* where the first missing value is */
  const char *list;
  int         item;
  const char *field;
  const char *message;    /* what the engine says */
} Draft;

#define DRAFT_HEAD "{\n  \"simris_case\": 1,\n  \"reference_date\": \"2025-03-01\",\n  \"members\": [\n"
#define DRAFT_TAIL "  ]\n}\n"
#define DRAFT_APPLICANT "    {\n      \"id\": \"a\",\n      \"relation\": \"applicant\",\n      \"birth_date\": \"1990-01-01\""

static const Draft drafts[] = {
  /* New Case: only an applicant, nothing filled. */
  { "new-case",
    DRAFT_HEAD "    {\n      \"id\": \"a\",\n      \"relation\": \"applicant\"\n    }\n" DRAFT_TAIL,
    0, NULL, -1, "birth_date", "members[0].birth_date: incomplete — the date is missing" },
  /* A person added with nothing filled. */
  { "person-added",
    DRAFT_HEAD DRAFT_APPLICANT "\n    },\n    {\n      \"id\": \"m1\",\n      \"relation\": \"child\"\n    }\n" DRAFT_TAIL,
    1, NULL, -1, "birth_date", "members[1].birth_date: incomplete — the date is missing" },
  /* A resource with no amount. */
  { "resource-no-amount",
    DRAFT_HEAD DRAFT_APPLICANT ",\n      \"resources\": [\n        {\n          \"kind\": \"wage\",\n"
    "          \"period\": \"month\"\n        }\n      ]\n    }\n" DRAFT_TAIL,
    0, "resources", 0, "amount", "members[0].resources[0].amount: incomplete — the amount is missing" },
  /* A resource with no kind, after a complete one. */
  { "resource-no-kind",
    DRAFT_HEAD DRAFT_APPLICANT ",\n      \"resources\": [\n        {\n          \"kind\": \"pension\",\n"
    "          \"amount\": \"100.00\",\n          \"period\": \"month\"\n        },\n        {\n"
    "          \"amount\": \"250.00\",\n          \"period\": \"month\"\n        }\n      ]\n    }\n" DRAFT_TAIL,
    0, "resources", 1, "kind", "members[0].resources[1].kind: incomplete — the kind is missing" },
  /* A pending benefit with no kind. */
  { "benefit-no-kind",
    DRAFT_HEAD DRAFT_APPLICANT ",\n      \"pending_benefits\": [\n        {\n          \"paying_body\": \"CAPAC\"\n"
    "        }\n      ]\n    }\n" DRAFT_TAIL,
    0, "pending_benefits", 0, "kind", "members[0].pending_benefits[0].kind: incomplete — the kind is missing" },
};

static void
assert_incomplete (SimrisHousehold *household,
                   const Draft     *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisResult) result = NULL;
  g_autofree char *path = NULL;
  const char *list = "unset";
  const char *field = NULL;
  int member = -2, item = -2;

  g_assert_true (simris_household_validate (household, &error));
  g_assert_no_error (error);

  path = simris_household_find_first_missing (household, &member, &list, &item, &field);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_prefix (draft->message, path));
  g_assert_cmpint (member, ==, draft->member);
  g_assert_cmpstr (list, ==, draft->list);
  g_assert_cmpint (item, ==, draft->item);
  g_assert_cmpstr (field, ==, draft->field);

  g_assert_false (simris_household_check_complete (household, &error));
  g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE);
  g_assert_cmpstr (error->message, ==, draft->message);
  g_clear_error (&error);

  result = simris_engine_compute (simris_parameters_get_default (), household, 0, "fr", &error);
  g_assert_null (result);
  g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INCOMPLETE);
  g_assert_cmpstr (error->message, ==, draft->message);
}

static void
test_draft (gconstpointer data)
{
  const Draft *draft = data;
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "draft.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SimrisHousehold) household = load_ok (draft->data, -1);
  g_autoptr(SimrisHousehold) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *on_disk = NULL;

  assert_incomplete (household, draft);

  /* Saved back unchanged, to memory and to a file; the file reopens as the same draft. */
  saved = simris_case_file_to_data (household, NULL);
  g_assert_cmpstr (saved, ==, draft->data);
  g_assert_true (simris_case_file_save (household, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, draft->data);
  reloaded = simris_case_file_load (file, NULL, &error);
  g_assert_no_error (error);
  assert_incomplete (reloaded, draft);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* null is "missing" for a draft's values too, and is written back absent. */
static void
test_draft_nulls (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (HEAD "\"members\": [{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": null, "
             "\"resources\": [{\"kind\": null, \"amount\": null, \"period\": \"month\"}], "
             "\"pending_benefits\": [{\"kind\": null}]}]}", -1);
  g_autoptr(SimrisMember) applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);
  g_autoptr(SimrisResource) resource = g_list_model_get_item (simris_member_get_resources (applicant), 0);
  g_autoptr(SimrisPendingBenefit) benefit =
    g_list_model_get_item (simris_member_get_pending_benefits (applicant), 0);
  g_autofree char *saved = NULL;

  g_assert_null (simris_member_get_birth_date (applicant));
  g_assert_cmpint (simris_resource_get_kind (resource), ==, SIMRIS_RESOURCE_KIND_NONE);
  g_assert_cmpint (simris_resource_get_amount (resource), ==, SIMRIS_CENTS_MISSING);
  g_assert_cmpint (simris_pending_benefit_get_kind (benefit), ==, SIMRIS_RESOURCE_KIND_NONE);

  saved = assert_round_trip (household);
  g_assert_null (strstr (saved, "null"));
  g_assert_null (strstr (saved, "\"kind\""));
  g_assert_null (strstr (saved, "\"amount\""));
  g_assert_null (strstr (saved, "\"birth_date\""));
}

/* What the form builds (a new case, a person added, a resource added) saves and reopens. */
static void
test_draft_from_model (void)
{
  g_autoptr(SimrisHousehold) household = simris_household_new ();
  g_autoptr(SimrisMember) applicant = simris_member_new ("a", SIMRIS_RELATION_APPLICANT, NULL);
  g_autoptr(SimrisMember) added = simris_member_new ("m1", SIMRIS_RELATION_UNRELATED, NULL);
  g_autoptr(SimrisResource) no_amount =
    simris_resource_new (SIMRIS_RESOURCE_KIND_WAGE, SIMRIS_CENTS_MISSING, SIMRIS_PERIOD_MONTH);
  g_autoptr(SimrisResource) no_kind =
    simris_resource_new (SIMRIS_RESOURCE_KIND_NONE, 12345, SIMRIS_PERIOD_YEAR);
  g_autoptr(SimrisHousehold) reloaded = NULL;
  g_autoptr(SimrisMember) member = NULL;
  g_autoptr(SimrisResource) resource = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *path = NULL;

  simris_household_set_reference_date (household, "2025-03-01");
  simris_household_append (household, applicant);
  g_assert_true (simris_household_validate (household, &error));
  g_assert_no_error (error);
  simris_member_add_resource (added, no_amount);
  simris_member_add_resource (added, no_kind);
  simris_household_append (household, added);

  saved = assert_round_trip (household);
  reloaded = load_ok (saved, -1);
  path = simris_household_find_first_missing (reloaded, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (path, ==, "members[0].birth_date");

  /* Filled in one by one, the first missing value moves on in file order. */
  member = g_list_model_get_item (G_LIST_MODEL (reloaded), 0);
  simris_member_set_birth_date (member, "1990-01-01");
  g_clear_object (&member);
  g_clear_pointer (&path, g_free);
  path = simris_household_find_first_missing (reloaded, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (path, ==, "members[1].birth_date");

  member = g_list_model_get_item (G_LIST_MODEL (reloaded), 1);
  simris_member_set_birth_date (member, "1991-01-01");
  g_clear_pointer (&path, g_free);
  path = simris_household_find_first_missing (reloaded, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (path, ==, "members[1].resources[0].amount");

  resource = g_list_model_get_item (simris_member_get_resources (member), 0);
  simris_resource_set_amount (resource, 10000);
  g_clear_object (&resource);
  g_clear_pointer (&path, g_free);
  path = simris_household_find_first_missing (reloaded, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (path, ==, "members[1].resources[1].kind");

  resource = g_list_model_get_item (simris_member_get_resources (member), 1);
  simris_resource_set_kind (resource, SIMRIS_RESOURCE_KIND_PENSION);
  g_clear_pointer (&path, g_free);
  path = simris_household_find_first_missing (reloaded, NULL, NULL, NULL, NULL);
  g_assert_null (path);
  g_assert_true (simris_household_check_complete (reloaded, &error));
  g_assert_no_error (error);
}

/* from / until / shortage_occupation_start and the decision's applicant_address and
 * cpas_postcode are read and written back. */
static void
test_new_fields (void)
{
  g_autoptr(SimrisHousehold) household =
    load_ok (HEAD "\"members\": [" APPLICANT ", \"resources\": [{\"kind\": \"wage\", \"amount\": \"1200.00\", "
             "\"period\": \"month\", \"from\": \"2025-01-01\", \"until\": \"2025-01-01\", "
             "\"shortage_occupation_start\": \"2024-12-15\"}]}], "
             "\"decision\": {\"applicant_address\": \"Rue Haute 1, 1000 Bruxelles\", \"cpas_postcode\": \"5000\"}}", -1);
  SimrisResource *resource = first_resource (household);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  g_autofree char *saved = NULL;
  g_autofree char *postcode = NULL;

  /* until on the day of from is a range of one day, valid. */
  g_assert_cmpstr (simris_resource_get_from (resource), ==, "2025-01-01");
  g_assert_cmpstr (simris_resource_get_until (resource), ==, "2025-01-01");
  g_assert_cmpstr (simris_resource_get_shortage_occupation_start (resource), ==, "2024-12-15");
  g_assert_cmpstr (simris_household_get_decision_field (household, "applicant_address"), ==,
                   "Rue Haute 1, 1000 Bruxelles");
  g_object_get (household, "cpas-postcode", &postcode, NULL);
  g_assert_cmpstr (postcode, ==, "5000");

  saved = assert_round_trip (household);
  root = json_from_string (saved, NULL);
  object = json_object_get_object_member (json_node_get_object (root), "decision");
  g_assert_cmpstr (json_object_get_string_member (object, "applicant_address"), ==, "Rue Haute 1, 1000 Bruxelles");
  g_assert_cmpstr (json_object_get_string_member (object, "cpas_postcode"), ==, "5000");
  object = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "members"), 0);
  object = json_array_get_object_element (json_object_get_array_member (object, "resources"), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "from"), ==, "2025-01-01");
  g_assert_cmpstr (json_object_get_string_member (object, "until"), ==, "2025-01-01");
  g_assert_cmpstr (json_object_get_string_member (object, "shortage_occupation_start"), ==, "2024-12-15");
  /* Known fields, not kept as unknown ones: written once. */
  g_assert_nonnull (strstr (saved, "\"until\""));
  g_assert_null (strstr (strstr (saved, "\"until\"") + 1, "\"until\""));
}

/* The limits count characters, not bytes: 200 "é" (400 bytes) is a valid name. */
static void
test_text_limits (void)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (name, "é");
  g_string_printf (data, CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\", \"name\": \"%s\"}"),
                   name->str);
  household = load_ok (data->str, -1);
  g_clear_object (&household);

  g_string_append (name, "é");
  g_string_printf (data, CASE ("{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\", \"name\": \"%s\"}"),
                   name->str);
  assert_refused (data->str, -1, SIMRIS_CASE_FILE_ERROR_INVALID,
                  "members[0].name: the text is 201 characters long, at most 200 are allowed");

  /* The model says the same to the form. */
  household = load_ok (CASE (APPLICANT "}"), -1);
  simris_household_set_description (household, X2000);
  g_assert_true (simris_household_validate (household, &error));
  simris_household_set_description (household, X2000 "y");
  g_assert_false (simris_household_validate (household, &error));
  g_assert_error (error, SIMRIS_HOUSEHOLD_ERROR, SIMRIS_HOUSEHOLD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "description: the text is 2001 characters long, at most 2000 are allowed");
}

/* Saves (docs/case-format.md): atomic for new files too, 0600 when new, the mode of an existing
 * file kept, a symbolic link followed, a hard link not rewritten in place. */
static void
test_save_modes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.simris.json", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.simris.json", NULL);
  g_autofree char *sym = g_build_filename (dir, "link.simris.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.simris.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) shared_file = g_file_new_for_path (shared);
  g_autoptr(GFile) link_file = g_file_new_for_path (sym);
  g_autoptr(GFile) hard_file = g_file_new_for_path (hard);
  g_autoptr(SimrisHousehold) household = load_ok (CASE (APPLICANT "}"), -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  struct stat st, st_link;
  mode_t old_umask;
  ino_t inode;

  /* A new file: 0600 even under a permissive umask. */
  old_umask = umask (0);
  g_assert_true (simris_case_file_save (household, file, NULL, &error));
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  first = simris_case_file_to_data (household, NULL);
  simris_test_assert_file_text (path, first);

  /* An existing file keeps its mode, and is replaced, not rewritten: a new inode. */
  g_assert_no_errno (g_chmod (path, 0640));
  inode = st.st_ino;
  simris_household_set_description (household, "second");
  second = simris_case_file_to_data (household, NULL);
  g_assert_true (simris_case_file_save (household, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (st.st_ino, !=, inode);
  simris_test_assert_file_text (path, second);

  /* A symbolic link: the file it points to is replaced, the link stays a link. */
  g_assert_true (g_file_set_contents (shared, first, -1, NULL));
  g_assert_no_errno (g_chmod (shared, 0604));
  g_assert_no_errno (symlink ("shared.simris.json", sym));
  g_assert_true (simris_case_file_save (household, link_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_lstat (sym, &st_link));
  g_assert_true (S_ISLNK (st_link.st_mode));
  simris_test_assert_file_text (shared, second);
  g_assert_no_errno (g_stat (shared, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0604);

  /* A hard link: the saved name gets the new text, the other name keeps the old one. */
  g_assert_true (g_file_set_contents (hard, first, -1, NULL));
  g_assert_no_errno (g_unlink (shared));
  g_assert_no_errno (link (hard, shared));
  g_assert_true (simris_case_file_save (household, hard_file, NULL, &error));
  g_assert_no_error (error);
  simris_test_assert_file_text (hard, second);
  simris_test_assert_file_text (shared, first);

  /* A dangling link: the file it names is created, 0600. */
  g_assert_no_errno (g_unlink (shared));
  g_assert_true (simris_case_file_save (household, link_file, NULL, &error));
  g_assert_no_error (error);
  simris_test_assert_file_text (shared, second);
  g_assert_no_errno (g_stat (shared, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* Nothing else is left in the folder: no temporary file. */
  g_assert_cmpuint (simris_test_count_entries (dir), ==, 4);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_unlink (shared));
  g_assert_no_errno (g_unlink (sym));
  g_assert_no_errno (g_unlink (hard));
  g_assert_no_errno (g_rmdir (dir));
}

static void
assert_save_fails (SimrisHousehold *household,
                   const char      *path,
                   const char      *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = simris_case_file_to_data (household, NULL);
  g_autofree char *after = NULL;

  g_assert_false (simris_case_file_save (household, file, NULL, &error));
  g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
  g_test_message ("%s", error->message);
  /* It says which file and why. */
  g_assert_nonnull (strstr (error->message, "case.simris.json"));
  g_assert_nonnull (strstr (error->message, reason));
  /* The open case is intact. */
  after = simris_case_file_to_data (household, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* A failed save keeps the case and the file on disk intact and says why. The tests may run as
 * root, whom a mode 0555 does not stop: a folder no one can write to is also taken from
 * procfs, and a "folder" that is a regular file. */
static void
test_save_fails (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "case.simris.json", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "case.simris.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "case.simris.json", NULL);
  g_autoptr(SimrisHousehold) household = load_ok (CASE (APPLICANT "}"), -1);
  g_autofree char *old = simris_case_file_to_data (household, NULL);

  simris_household_set_description (household, "not saved");

  /* The folder is a regular file. */
  g_assert_true (g_file_set_contents (plain, "x", -1, NULL));
  assert_save_fails (household, under_plain, g_strerror (ENOTDIR));

  /* A read-only folder holding the case: the old file is left whole. */
  g_assert_no_errno (g_mkdir (locked, 0755));
  g_assert_true (g_file_set_contents (in_locked, old, -1, NULL));
  g_assert_no_errno (g_chmod (locked, 0555));
  if (access (locked, W_OK) != 0)
    {
      assert_save_fails (household, in_locked, g_strerror (EACCES));
      simris_test_assert_file_text (in_locked, old);
      g_assert_cmpuint (simris_test_count_entries (locked), ==, 1);
    }
  else
    g_test_message ("running as root: mode 0555 does not stop the save; procfs below does");
  g_assert_no_errno (g_chmod (locked, 0755));

  /* procfs refuses new files to root too. */
  if (g_file_test ("/proc/self", G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) proc = g_file_new_for_path ("/proc/self/case.simris.json");
      g_autoptr(GError) error = NULL;

      g_assert_false (simris_case_file_save (household, proc, NULL, &error));
      g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "/proc/self/case.simris.json"));
    }

  /* The target is a folder. */
  g_assert_no_errno (g_mkdir (folder, 0755));
  assert_save_fails (household, folder, g_strerror (EISDIR));

  g_assert_no_errno (g_rmdir (folder));
  g_assert_no_errno (g_unlink (in_locked));
  g_assert_no_errno (g_rmdir (locked));
  g_assert_no_errno (g_unlink (plain));
  g_assert_no_errno (g_rmdir (dir));
}


/* Issue 27, defect 7: a FIFO chosen in the file chooser froze the window; a link to
 * /dev/zero read without end. Regular files only, opened non-blocking: refused at once
 * with a message naming the file. */
static void
test_load_special (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.simris.json", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.simris.json", NULL);
  g_autofree char *device = g_build_filename (dir, "device.simris.json", NULL);
  const char *paths[] = { fifo, zero, device };

  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("/dev/zero", zero));
  /* A device node of our own (1, 5 is /dev/zero); without the right to make one, /dev/zero
   * again under another name. */
  if (mknod (device, S_IFCHR | 0600, makedev (1, 5)) != 0)
    g_assert_no_errno (symlink ("/dev/zero", device));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SimrisHousehold) household = simris_case_file_load (file, NULL, &error);
      g_autofree char *contents = NULL;
      g_autoptr(GError) read_error = NULL;

      g_assert_null (household);
      g_assert_error (error, SIMRIS_CASE_FILE_ERROR, SIMRIS_CASE_FILE_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
      g_assert_nonnull (strstr (error->message, ".simris.json"));

      /* The reader under it, used for autosaves and the user's parameters too. */
      g_assert_false (simris_file_read_regular (paths[i], SIMRIS_FILE_MAX_SIZE, SIMRIS_FILE_NONE,
                                                &contents, NULL, &read_error));
      g_assert_error (read_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    }

  /* Without following links (the autosave folder): a link is refused as such. */
  {
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_false (simris_file_read_regular (zero, SIMRIS_FILE_MAX_SIZE, SIMRIS_FILE_NO_FOLLOW,
                                              &contents, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    g_assert_nonnull (strstr (error->message, "symbolic link"));
  }

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_assert_no_errno (g_unlink (paths[i]));
  g_assert_no_errno (g_rmdir (dir));
}

/* The cap holds for a file that is larger than it says: read stops after 10 MiB + 1. */
static void
test_read_cap (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (path, "0123456789", 10, NULL));
  g_assert_true (simris_file_read_regular (path, 10, SIMRIS_FILE_NONE, &contents, &length, &error));
  g_assert_cmpuint (length, ==, 10);
  g_assert_cmpstr (contents, ==, "0123456789");
  g_clear_pointer (&contents, g_free);
  g_assert_false (simris_file_read_regular (path, 9, SIMRIS_FILE_NONE, &contents, &length, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* The helper for other files: 0600, atomic, and the same failures. */
static void
test_replace_private (void)
{
  g_autofree char *dir = g_dir_make_tmp ("simris-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "decision.pdf", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (simris_file_replace_contents_private (path, "%PDF", 4, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  simris_test_assert_file_text (path, "%PDF");

  g_assert_true (simris_file_replace_contents_private (path, "", 0, &error));
  g_assert_no_error (error);
  simris_test_assert_file_text (path, "");

  g_assert_false (simris_file_replace_contents_private (dir, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpuint (simris_test_count_entries (dir), ==, 1);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* The one writer (simris_json_write) writes a result that reads back as the same tree, compact
 * and pretty, through json-glib and through our strict reader: every case of ours and the
 * public ones, and texts with every control character (a paying body is copied into the
 * result). */
static void
assert_result_json_same (SimrisHousehold *household,
                         const char      *lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisResult) result = simris_engine_compute (simris_parameters_get_default (), household, 0, lang, &error);
  g_autoptr(JsonNode) node = NULL;

  g_assert_no_error (error);
  node = simris_result_to_json (result);
  for (guint pretty = 0; pretty < 2; pretty++)
    {
      g_autofree char *text = simris_json_to_string (node, pretty);
      g_autoptr(JsonNode) back = json_from_string (text, &error);
      g_autoptr(SimrisJsonDoc) doc = NULL;
      g_autoptr(JsonNode) strict = NULL;

      g_assert_no_error (error);
      g_assert_true (json_node_equal (node, back));
      doc = simris_json_doc_parse (text, strlen (text), 64, &error);
      g_assert_no_error (error);
      strict = simris_json_value_to_node (simris_json_doc_get_root (doc));
      g_assert_true (json_node_equal (node, strict));
      /* Compact is one line. */
      if (!pretty)
        g_assert_null (strchr (text, '\n'));
    }
}

static void
test_result_json (void)
{
  const char * const folders[] = { "cases", "cases/public" };
  g_autoptr(SimrisHousehold) odd = NULL;
  g_autoptr(GString) data = g_string_new (NULL);
  guint n = 0;

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, folders[f], NULL);
      g_autoptr(GPtrArray) names = simris_test_list_cases (dir_path);

      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
          g_autoptr(SimrisHousehold) household = simris_test_load_path (path);

          assert_result_json_same (household, "fr");
          assert_result_json_same (household, "nl");
          n++;
        }
    }
  g_assert_cmpuint (n, >, 40);

  g_string_append (data, HEAD "\"members\": [" APPLICANT ", \"pending_benefits\": [{\"kind\": \"pension\", \"paying_body\": \"");
  for (int c = 1; c < 0x80; c++)
    if (c == '"' || c == '\\')
      g_string_append_printf (data, "\\%c", c);
    else if (c < 0x20)
      g_string_append_printf (data, "\\u%04x", c);
    else
      g_string_append_c (data, c);
  g_string_append (data, "é€😀\"}]}]}");
  odd = load_ok (data->str, -1);
  assert_result_json_same (odd, "en");
}

/* The strict reader's own parser: escapes decoded as JSON says, structure errors refused. */
static void
test_json_parser (void)
{
  static const struct { const char *json; const char *message; } bad[] = {
    { "{\"a\": 1,}", "not valid JSON: expected a name in double quotes (line 1)" },
    { "{\"a\" 1}", "not valid JSON" },
    { "[1, 2", "not valid JSON" },
    { "{\"a\": \"b}", "not valid JSON" },
    { "{\"a\": \"\\x\"}", "not valid JSON: unknown escape after a backslash (line 1)" },
    { "{\"a\": \"\\u12\"}", "not valid JSON" },
    { "{\"a\": [1 2]}", "not valid JSON: expected “,” or “]” (line 1)" },
    { "{\"a\":\n 1\n \"b\": 2}", "not valid JSON: expected “,” or “}” (line 3)" },
    { "{\"a\": tru}", "unexpected “tru”" },
    { "{\"a\": 1_000}", "“1_000” is not a number" },
    { "{\"a\": 1e999}", "too large to read" },
    { "{} {}", "text follows the end of the top-level object (line 1)" },
  };
  static const char escapes[] =
    "{\"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"n\": -0, "
    "\"d\": 2.50, \"e\": 1E2, \"s\": \"last\", \"a\": [true, false, null, {}]}";
  g_autoptr(SimrisHousehold) household = NULL;
  g_autoptr(SimrisMember) applicant = NULL;
  g_autoptr(SimrisJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  SimrisJsonValue *root;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(SimrisJsonDoc) refused = simris_json_doc_parse (bad[i].json, strlen (bad[i].json), 32, &error);

      g_assert_null (refused);
      g_assert_error (error, SIMRIS_JSON_ERROR, SIMRIS_JSON_ERROR_INVALID);
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("%s: expected “%s”, got “%s”", bad[i].json, bad[i].message, error->message);
      g_clear_error (&error);
    }

  /* Escapes: \" \\ \/ \b \f \n \r \t, \u00e9, a surrogate pair; duplicate names keep their
   * first place and their last value. */
  doc = simris_json_doc_parse (escapes, strlen (escapes), 32, &error);
  g_assert_no_error (error);
  root = simris_json_doc_get_root (doc);
  g_assert_cmpint (root->type, ==, SIMRIS_JSON_OBJECT);
  g_assert_cmpuint (root->v.object.n, ==, 5);
  g_assert_cmpstr (root->v.object.members[0].name, ==, "s");
  g_assert_cmpstr (simris_json_object_get (root, "s")->v.string.str, ==, "last");
  g_assert_cmpint (simris_json_object_get (root, "n")->type, ==, SIMRIS_JSON_INT);
  g_assert_cmpint (simris_json_object_get (root, "n")->v.integer, ==, 0);
  g_assert_cmpint (simris_json_object_get (root, "d")->type, ==, SIMRIS_JSON_DOUBLE);
  g_assert_cmpfloat (simris_json_object_get (root, "e")->v.number, ==, 100.0);
  g_assert_cmpuint (simris_json_object_get (root, "a")->v.array.n, ==, 4);
  g_assert_true (simris_json_doc_check_strings (doc, &error));
  g_clear_pointer (&doc, simris_json_doc_free);

  doc = simris_json_doc_parse ("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"]", 38, 32, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (simris_json_doc_get_root (doc)->v.array.items[0].v.string.str, ==, "\"\\/\b\f\n\r\té😀");

  household = load_ok (HEAD "\"members\": [{\"id\": \"a\", \"relation\": \"applicant\", \"birth_date\": \"1990-01-01\", "
                       "\"name\": \"Jos\\u00e9 \\ud83d\\ude00\"}]}", -1);
  applicant = g_list_model_get_item (G_LIST_MODEL (household), 0);
  g_assert_cmpstr (simris_member_get_name (applicant), ==, "José 😀");
}

/* Issue 29 (docs/case-format.md): "benefit", "residence_status", "maintenance_paid" and the
 * students' options are read, kept and written back; their defaults are not written. */
static void
test_benefit_fields (void)
{
  static const char data[] =
    HEAD "\"benefit\": \"equivalent_social_aid\", \"residence_status\": \"foreigners_register\", "
    "\"maintenance_paid\": {\"amount\": \"300.00\"}, \"members\": [" APPLICANT "}], "
    "\"options\": {\"student_exemption_under_25\": true, \"student_grant_covid_alignment\": false}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SimrisHousehold) household = simris_case_file_load_data (data, -1, &error);
  g_autoptr(SimrisHousehold) plain = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) plain_node = NULL;
  JsonObject *top;

  g_assert_no_error (error);
  g_assert_cmpint (simris_household_get_benefit (household), ==, SIMRIS_BENEFIT_EQUIVALENT_SOCIAL_AID);
  g_assert_cmpint (simris_household_get_residence_status (household), ==, SIMRIS_RESIDENCE_STATUS_FOREIGNERS_REGISTER);
  g_assert_cmpint (simris_household_get_maintenance_paid_month (household), ==, 30000);
  g_assert_true (simris_household_get_student_exemption_under_25 (household));
  g_assert_false (simris_household_get_student_grant_covid_alignment (household));

  node = simris_case_file_to_json (household);
  top = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (top, "benefit"), ==, "equivalent_social_aid");
  g_assert_cmpstr (json_object_get_string_member (top, "residence_status"), ==, "foreigners_register");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (top, "maintenance_paid"), "amount"), ==, "300.00");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (top, "options"), "student_exemption_under_25"));
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (top, "options"), "student_grant_covid_alignment"));

  plain = simris_case_file_load_data (CASE (APPLICANT "}"), -1, &error);
  g_assert_no_error (error);
  plain_node = simris_case_file_to_json (plain);
  g_assert_false (json_object_has_member (json_node_get_object (plain_node), "benefit"));
  g_assert_false (json_object_has_member (json_node_get_object (plain_node), "residence_status"));
  g_assert_false (json_object_has_member (json_node_get_object (plain_node), "maintenance_paid"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simris/case-file/public-cases", test_public_cases);
  g_test_add_func ("/simris/case-file/benefit-fields", test_benefit_fields);
  g_test_add_func ("/simris/case-file/unknown-fields", test_unknown_fields);
  g_test_add_func ("/simris/case-file/unknown-fields-copied", test_unknown_fields_copied);
  g_test_add_func ("/simris/case-file/save-format", test_save_format);
  g_test_add_func ("/simris/case-file/amount-forms", test_amount_forms);
  g_test_add_func ("/simris/case-file/number-amount", test_number_amount);
  g_test_add_func ("/simris/case-file/bom", test_bom);
  g_test_add_func ("/simris/case-file/nul-byte", test_nul_byte);
  g_test_add_func ("/simris/case-file/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/simris/case-file/null-allowed", test_null_allowed);
  g_test_add_func ("/simris/case-file/options", test_options);
  g_test_add_func ("/simris/case-file/empty-objects", test_empty_objects);
  g_test_add_func ("/simris/case-file/depth", test_depth);
  g_test_add_func ("/simris/case-file/deep-hostile", test_deep_hostile);
  g_test_add_func ("/simris/case-file/size-limit", test_size_limit);
  g_test_add_func ("/simris/case-file/limits", test_limits);
  g_test_add_func ("/simris/case-file/file-io", test_file_io);
  g_test_add_func ("/simris/case-file/from-json", test_from_json);
  g_test_add_func ("/simris/case-file/bad-case-files", test_bad_case_files);
  g_test_add_func ("/simris/case-file/draft-nulls", test_draft_nulls);
  g_test_add_func ("/simris/case-file/draft-from-model", test_draft_from_model);
  g_test_add_func ("/simris/case-file/new-fields", test_new_fields);
  g_test_add_func ("/simris/case-file/text-limits", test_text_limits);
  g_test_add_func ("/simris/case-file/save-modes", test_save_modes);
  g_test_add_func ("/simris/case-file/save-fails", test_save_fails);
  g_test_add_func ("/simris/case-file/replace-private", test_replace_private);
  g_test_add_func ("/simris/case-file/load-special", test_load_special);
  g_test_add_func ("/simris/case-file/read-cap", test_read_cap);
  g_test_add_func ("/simris/case-file/result-json", test_result_json);
  g_test_add_func ("/simris/case-file/json-parser", test_json_parser);
  for (guint i = 0; i < G_N_ELEMENTS (drafts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/simris/case-file/draft/%s", drafts[i].name);

      g_test_add_data_func (path, &drafts[i], test_draft);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/simris/case-file/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }

  return g_test_run ();
}
