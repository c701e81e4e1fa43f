// What search indexes: one document per task, plan, indicator and agency,
// each a list of weighted fields, plus the facts results show and filter on
// (commune, plan, number, status, agencies). Built from the model, and the
// plans' narratives as the build rendered them (cut at their headings, so a
// hit links to the heading's anchor on the plan's toan-van/ page).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "derive/status.h"
#include "markdown/markdown_store.h"
#include "model/model.h"

namespace ck::search {

// Field kinds, one bit each in a posting's mask. Weights rank a match in the
// task text or number above one in product or agency names.
enum FieldBit : uint8_t {
  // Indexed (the low four bits, what a posting's mask holds):
  kNumber = 1,   // task number as printed, a plan's document number
  kText = 2,     // task text, plan title, indicator text, agency name
  kOther = 4,    // products (and partner agencies, below)
  kContext = 8,  // a plan's commune and issuer, a narrative section's text
  // Matched against meta.js, not indexed (the same few strings for thousands of tasks):
  kLead = 16,    // lead agencies; partner agencies count as kOther
  kStatus = 32,  // the status label as of the build date ("Quá hạn")
};
int field_weight(uint8_t mask);  // the best weight among the bits set

// Section: one part of a plan's narrative, from a heading to the next (or the
// text before the first heading); its id is the heading's anchor ("" for that text).
enum class DocKind { Task = 0, Plan = 1, Indicator = 2, Agency = 3, Section = 4 };

struct Field {
  FieldBit bit;
  std::string text;
};

struct Doc {
  DocKind kind = DocKind::Task;
  int plan = -1;            // index into Corpus::plans (-1 for agencies)
  std::string id;           // task / indicator / agency id (plans: the plan id)
  std::string number;       // task number as shown ("3 (1)" for sub-rows)
  int status = -1;          // TaskStatus as int, tasks only
  bool passed_no_report = false;
  std::vector<int> lead, partners;  // indexes into Corpus::agencies
  std::vector<Field> fields;        // indexed, in this order
  std::string text;         // shown in results (plain text); a section's text
  std::string note;         // shown under it: deadline, document number; a section's heading
  std::vector<std::string> shown;  // other indexed fields results show when a query word is in them:
                                   // a task's products, a plan's issuer
};

struct StatusBadge {
  std::string key, label, icon;
};

struct Corpus {
  struct Named { std::string id, name; std::vector<std::string> other_names = {}; };
  struct PlanRef { int commune; std::string id, title; };
  std::vector<Named> communes;
  std::vector<PlanRef> plans;
  std::vector<Named> agencies;     // across communes: main name, then aliases and names as written
  std::vector<StatusBadge> statuses;  // indexed by TaskStatus
  std::string passed_no_report;    // "đã qua hạn, chưa có báo cáo"
  std::vector<Doc> docs;  // tasks, plans, indicators and agencies, then every narrative section
};

struct CorpusInput {
  const Portal& portal;
  const TaskStatuses& status;  // every task's status as of the build date
  std::vector<StatusBadge> badges;                  // indexed by TaskStatus
  std::string passed_no_report;
  // The plans' narratives, rendered (RenderedMarkdown::section_texts); null: narratives are not indexed.
  const MarkdownStore* markdown = nullptr;
  // How the pages name a plan's document ("Kế hoạch (chưa ghi số)": render/views.h plan_reference);
  // empty: the document kind alone.
  std::function<std::string(const Plan&)> plan_reference;
};

Corpus collect_corpus(const CorpusInput& input);

// Markdown to the plain text search indexes and shows: link targets,
// emphasis markers and raw HTML tags dropped, white space collapsed.
std::string plain_text(std::string_view markdown);

}  // namespace ck::search
