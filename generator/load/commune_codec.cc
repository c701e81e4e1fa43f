#include "load/commune_codec.h"

#include "util/field_codec.h"

namespace ck {

// Every field of the model, once: the list below serves writing and reading
// alike, so the two cannot drift apart. A field added to a struct changes its
// size and stops the build here: add it to the struct's list, then update the
// size. (LP64 sizes, the only layout Debian's amd64 and arm64 builds have.)
#if __SIZEOF_POINTER__ == 8 && defined(__GLIBCXX__)
static_assert(sizeof(Task) == 520, "a field was added to Task: list it in Fields<Task>");
static_assert(sizeof(Plan) == 568, "a field was added to Plan: list it in Fields<Plan>");
static_assert(sizeof(Commune) == 408, "a field was added to Commune: list it in Fields<Commune>");
static_assert(sizeof(Deadline) == 136, "a field was added to Deadline: list it in Fields<Deadline>");
static_assert(sizeof(Indicator) == 160, "a field was added to Indicator: list it in Fields<Indicator>");
static_assert(sizeof(Update) == 72, "a field was added to Update: list it in Fields<Update>");
static_assert(sizeof(Diagnostic) == 80, "a field was added to Diagnostic: list it in Fields<Diagnostic>");
#endif

template <>
struct Fields<CivilDate> {
  static void each(auto& d, auto& visit) { visit(d.year), visit(d.month), visit(d.day); }
};
template <>
struct Fields<PartialDate> {
  static void each(auto& d, auto& visit) { visit(d.year), visit(d.month), visit(d.day); }
};
template <>
struct Fields<PlanPeriod> {
  static void each(auto& p, auto& visit) { visit(p.first_year), visit(p.last_year); }
};
template <>
struct Fields<SourceLocation> {
  static void each(auto& s, auto& visit) { visit(s.file), visit(s.line), visit(s.column); }
};
template <>
struct Fields<Deadline> {
  static void each(auto& d, auto& visit) {
    visit(d.text), visit(d.kind), visit(d.start), visit(d.due), visit(d.occurrences), visit(d.overridden),
        visit(d.note);
  }
};
template <>
struct Fields<Update> {
  static void each(auto& u, auto& visit) { visit(u.date), visit(u.note), visit(u.evidence); }
};
template <>
struct Fields<Task> {
  static void each(auto& t, auto& visit) {
    visit(t.id), visit(t.previous_id), visit(t.number), visit(t.section_id), visit(t.parent_id), visit(t.text),
        visit(t.lead), visit(t.partners), visit(t.deadline), visit(t.products), visit(t.status), visit(t.progress),
        visit(t.completed), visit(t.updates), visit(t.unverified_fields), visit(t.where);
  }
};
template <>
struct Fields<Section> {
  static void each(auto& s, auto& visit) { visit(s.id), visit(s.number), visit(s.title); }
};
template <>
struct Fields<Measurement> {
  static void each(auto& m, auto& visit) { visit(m.date), visit(m.value), visit(m.note); }
};
template <>
struct Fields<Indicator> {
  static void each(auto& i, auto& visit) {
    visit(i.id), visit(i.text), visit(i.comparator), visit(i.target), visit(i.unit), visit(i.measurements);
  }
};
template <>
struct Fields<PlanReference> {
  static void each(auto& r, auto& visit) { visit(r.number), visit(r.plan); }
};
template <>
struct Fields<Plan> {
  static void each(auto& p, auto& visit) {
    visit(p.id), visit(p.commune_id), visit(p.title), visit(p.doc_number), visit(p.doc_kind), visit(p.issued),
        visit(p.place), visit(p.issuer), visit(p.signer), visit(p.signer_role), visit(p.period),
        visit(p.implements), visit(p.recipients), visit(p.source), visit(p.transcribed_from_scan),
        visit(p.body_markdown), visit(p.sections), visit(p.tasks), visit(p.indicators), visit(p.markdown_path),
        visit(p.data_path);
  }
};
template <>
struct Fields<Agency> {
  static void each(auto& a, auto& visit) { visit(a.id), visit(a.name), visit(a.aliases); }
};
template <>
struct Fields<CommuneContact> {
  static void each(auto& c, auto& visit) { visit(c.address), visit(c.phone), visit(c.email), visit(c.feedback_url); }
};
template <>
struct Fields<Commune> {
  static void each(auto& c, auto& visit) {
    visit(c.id), visit(c.name), visit(c.kind), visit(c.parent_id), visit(c.portal_url), visit(c.contact),
        visit(c.illustrative), visit(c.order), visit(c.body_markdown), visit(c.plans), visit(c.agencies),
        visit(c.markdown_path), visit(c.sources);
  }
};
template <>
struct Fields<Diagnostic> {
  static void each(auto& d, auto& visit) { visit(d.severity), visit(d.file), visit(d.line), visit(d.column), visit(d.message); }
};

// An enum's last value (util/field_codec.h): a number read past it is not one the writer wrote.
template <>
constexpr DeadlineKind kLast<DeadlineKind> = DeadlineKind::Unknown;
template <>
constexpr ReportedStatus kLast<ReportedStatus> = ReportedStatus::Adjusted;
template <>
constexpr CommuneKind kLast<CommuneKind> = CommuneKind::ThanhPho;
template <>
constexpr Severity kLast<Severity> = Severity::Warning;

std::string encode_commune(const Commune& commune, const Diagnostics& diags) {
  ByteWriter w;
  Put put{w};
  put(commune);
  put(diags.items());
  return w.take();
}

std::optional<DecodedCommune> decode_commune(std::string_view bytes) {
  ByteReader r(bytes);
  Get get{r};
  DecodedCommune out;
  get(out.commune);
  std::vector<Diagnostic> items;
  get(items);
  if (!r.ok() || !r.at_end()) return std::nullopt;
  for (auto& d : items) out.diags.add(std::move(d));
  return out;
}

}  // namespace ck
