#include "search/corpus.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "model/agency_kind.h"
#include "model/task_kind.h"
#include "util/parallel.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::search {

int field_weight(uint8_t mask) {
  if (mask & kNumber) return 10;
  if (mask & kStatus) return 6;  // "quá hạn" means the status before a mention in the text
  if (mask & kText) return 5;
  if (mask & kLead) return 3;
  if (mask & kOther) return 2;
  return mask & kContext ? 1 : 0;
}

std::string plain_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  for (size_t i = 0; i < md.size(); ++i) {
    char c = md[i];
    if (c == ']' && i + 1 < md.size() && md[i + 1] == '(') {  // [text](target): keep the text only
      size_t close = md.find(')', i);
      if (close != std::string_view::npos) { i = close; continue; }
    }
    if (c == '<') {  // raw HTML and autolinks are not text a citizen reads
      size_t close = md.find('>', i);
      if (close != std::string_view::npos) { i = close; out.push_back(' '); continue; }
    }
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '#' || c == '\\') continue;
    out.push_back(c);
  }
  return normalize_space(out);
}

namespace {

// Agencies by id across communes: a commune's registry maps names and aliases
// to its ids; other names get the id folded from the name, as agency pages do.
class AgencyTable {
 public:
  explicit AgencyTable(const Portal& portal) {
    for (const auto& c : portal.communes)
      for (const auto& a : c.agencies) {
        auto& names = names_[a.id];
        if (names.empty()) names.push_back(a.name);  // the first registry's name is the main one
        for (const auto& n : a.aliases) add_name(names, n);
        for (const auto& n : a.aliases) alias_[c.id][fold_diacritics(n)] = a.id;
        alias_[c.id][fold_diacritics(a.name)] = a.id;
        index(a.id);
      }
  }
  int resolve(const std::string& commune, const std::string& name) {
    std::string id;
    auto c = alias_.find(commune);
    if (c != alias_.end()) {
      auto it = c->second.find(fold_diacritics(name));
      if (it != c->second.end()) id = it->second;
    }
    if (id.empty()) id = slugify(name);
    add_name(names_[id], name);
    return index(id);
  }
  int index(const std::string& id) {
    auto [it, fresh] = index_.emplace(id, static_cast<int>(order_.size()));
    if (fresh) order_.push_back(id);
    return it->second;
  }
  static void add_name(std::vector<std::string>& names, const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  const std::vector<std::string>& names(int i) { return names_[order_[i]]; }
  const std::string& id(int i) const { return order_[i]; }
  size_t size() const { return order_.size(); }

 private:
  std::map<std::string, std::map<std::string, std::string>> alias_;  // commune -> folded name -> id
  std::map<std::string, std::vector<std::string>> names_;            // id -> main name first, then others
  std::map<std::string, int> index_;
  std::vector<std::string> order_;
};

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

struct Builder {
  const CorpusInput& in;
  Corpus corpus;
  AgencyTable agencies{in.portal};
  // A commune's tasks name the same few agencies thousands of times: each name is folded (twice)
  // once per commune. -1: a group, not an agency.
  const Commune* names_of = nullptr;
  std::unordered_map<std::string_view, int> named;

  int agency_of(const Commune& c, const std::string& name) {
    if (names_of != &c) names_of = &c, named.clear();
    auto it = named.find(name);
    if (it == named.end()) it = named.emplace(name, is_agency_group(name) ? -1 : agencies.resolve(c.id, name)).first;
    return it->second;
  }

  // A plan's documents, made on any thread: everything but the agency table, which numbers agencies
  // in the order tasks first name them (resolve_agencies, after, in portal order).
  struct PlanDocs {
    const Commune& commune;
    const Plan& plan;
    int index;
    std::vector<Doc> docs, sections;  // the plan, its indicators and tasks; its narrative
    std::vector<std::pair<size_t, const Task*>> tasks;  // (index in docs, task) to name agencies for
  };

  void add_task(PlanDocs& out, int plan_index, const Plan& p, const Task& t) {
    Doc d;
    d.plan = plan_index;
    d.id = t.id;
    d.number = task_display_number(p, t);  // "3 (1)" for sub-rows, as on the plan page
    const StatusInfo& info = in.status.at(&t);
    d.status = static_cast<int>(info.status);
    d.passed_no_report = info.status == TaskStatus::NoReport && info.deadline_passed;
    d.text = plain_text(t.text);
    d.note = t.deadline.text;
    if (!t.number.empty()) d.fields.push_back({kNumber, t.number});
    d.fields.push_back({kText, d.text});
    // Status and agencies are not indexed: the engines match them against the
    // labels and names in meta.js, which every task already points to.
    for (const auto& prod : t.products) {
      d.fields.push_back({kOther, plain_text(prod)});
      d.shown.push_back(d.fields.back().text);
    }
    out.tasks.emplace_back(out.docs.size(), &t);
    out.docs.push_back(std::move(d));
  }

  // Groups ("Các cơ quan, đơn vị liên quan") have no agency page to find.
  void resolve_agencies(PlanDocs& plan) {
    for (auto [i, t] : plan.tasks) {
      for (const auto& name : t->lead)
        if (int a = agency_of(plan.commune, name); a >= 0) plan.docs[i].lead.push_back(a);
      for (const auto& name : t->partners)
        if (int a = agency_of(plan.commune, name); a >= 0) plan.docs[i].partners.push_back(a);
    }
  }

  // The narrative, one document per heading: its heading weighs as a text, its
  // body least of all (and a phrase there half a phrase in a task, query.cc),
  // so a task that says the words, even in a product, ranks first. A
  // heading with no text of its own ("II. NHIỆM VỤ" right above "1. …") goes
  // before its sub-heading's ("II. NHIỆM VỤ › 1. …"): found, never empty.
  void add_sections(std::vector<Doc>& sections, int plan_index, const Plan& p) {
    if (!in.markdown || p.body_markdown.empty()) return;
    const RenderedMarkdown& body = in.markdown->document(p.body_markdown);
    std::vector<const Heading*> parents;  // headings without text above the current one
    for (size_t s = 0; s < body.section_texts.size(); ++s) {
      const Heading* h = s > 0 ? &body.headings[s - 1] : nullptr;
      while (h && !parents.empty() && parents.back()->level >= h->level) parents.pop_back();
      const std::string& text = body.section_texts[s];
      if (text.empty()) {
        if (h) parents.push_back(h);
        continue;
      }
      Doc d;
      d.kind = DocKind::Section;
      d.plan = plan_index;
      if (h) {
        d.id = h->id;
        for (const Heading* parent : parents) d.note += parent->text + " › ";
        d.note += h->text;
        d.fields.push_back({kText, d.note});
      }
      d.text = text;
      d.fields.push_back({kContext, text});
      sections.push_back(std::move(d));
    }
  }
  void add_plan(std::vector<Doc>& docs, const Commune& c, int plan_index, const Plan& p) {
    Doc d;
    d.kind = DocKind::Plan;
    d.plan = plan_index;
    d.id = p.id;
    d.text = p.title;
    d.note = in.plan_reference ? in.plan_reference(p) : p.doc_kind;
    d.fields = {{kText, p.title}, {kNumber, p.doc_number}, {kContext, c.name}, {kContext, p.issuer}};
    if (!p.issuer.empty()) d.shown.push_back(p.issuer);  // the commune is shown anyway
    docs.push_back(std::move(d));
    for (const auto& ind : p.indicators) {
      Doc i;
      i.kind = DocKind::Indicator;
      i.plan = plan_index;
      i.id = ind.id;
      i.text = plain_text(ind.text);
      i.fields = {{kText, i.text}, {kContext, c.name}};
      docs.push_back(std::move(i));
    }
  }

  void add_agency_docs() {
    for (size_t a = 0; a < agencies.size(); ++a) {
      const auto& names = agencies.names(static_cast<int>(a));
      corpus.agencies.push_back({agencies.id(static_cast<int>(a)), names.front(), {names.begin() + 1, names.end()}});
    }
    // Agencies in id order, so their documents do not depend on task order.
    std::vector<int> order(agencies.size());
    for (size_t a = 0; a < order.size(); ++a) order[a] = static_cast<int>(a);
    std::sort(order.begin(), order.end(), [&](int x, int y) { return agencies.id(x) < agencies.id(y); });
    for (int a : order) {
      Doc d;
      d.kind = DocKind::Agency;
      d.id = agencies.id(a);
      d.lead = {a};
      const auto& names = agencies.names(a);
      d.text = names.front();
      std::vector<std::string> others(names.begin() + 1, names.end());
      d.note = join(others, "; ");
      for (const auto& n : names) d.fields.push_back({kText, n});
      corpus.docs.push_back(std::move(d));
    }
  }
};

}  // namespace

Corpus collect_corpus(const CorpusInput& input) {
  Builder b{input, {}};
  b.corpus.statuses = input.badges;
  b.corpus.passed_no_report = input.passed_no_report;
  std::vector<Builder::PlanDocs> plans;
  for (const auto& c : input.portal.communes) {
    int ci = static_cast<int>(b.corpus.communes.size());
    b.corpus.communes.push_back({c.id, c.name});
    for (const auto& p : c.plans) {
      plans.push_back({c, p, static_cast<int>(b.corpus.plans.size())});
      b.corpus.plans.push_back({ci, p.id, p.title});
    }
  }
  // Each plan's documents on every core (its text made plain, its narrative cut at its headings).
  parallel_for(plans.size(), 0, [&](size_t i) {
    Builder::PlanDocs& w = plans[i];
    b.add_plan(w.docs, w.commune, w.index, w.plan);
    for (const auto& t : w.plan.tasks)
      if (input.status.at(&t).row == RowKind::Task) b.add_task(w, w.index, w.plan, t);  // headings and empty rows are not tasks
    b.add_sections(w.sections, w.index, w.plan);
  });
  for (auto& w : plans) {
    b.resolve_agencies(w);
    for (auto& d : w.docs) b.corpus.docs.push_back(std::move(d));
  }
  b.add_agency_docs();
  // The narrative's documents go after every other (Corpus::docs): their text
  // is the bulk of the index, so apart they never weigh on a task's results.
  for (auto& w : plans)
    for (auto& d : w.sections) b.corpus.docs.push_back(std::move(d));
  return std::move(b.corpus);
}

}  // namespace ck::search
