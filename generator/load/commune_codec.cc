#include "load/commune_codec.h"

#include <cstdint>

#include "util/byte_codec.h"

namespace ck {
namespace {

// Every field of the model is written below. A field added to a struct changes
// its size and stops the build here: encode it (and decode it), then update the
// size. (LP64 sizes, the only layout Debian's amd64 and arm64 builds have.)
#if __SIZEOF_POINTER__ == 8 && defined(__GLIBCXX__)
static_assert(sizeof(Task) == 520, "a field was added to Task: encode it below");
static_assert(sizeof(Plan) == 568, "a field was added to Plan: encode it below");
static_assert(sizeof(Commune) == 408, "a field was added to Commune: encode it below");
static_assert(sizeof(Deadline) == 136, "a field was added to Deadline: encode it below");
static_assert(sizeof(Indicator) == 160, "a field was added to Indicator: encode it below");
static_assert(sizeof(Update) == 72, "a field was added to Update: encode it below");
static_assert(sizeof(Diagnostic) == 80, "a field was added to Diagnostic: encode it below");
#endif

// Declared first: the templates for optional and vector call them.
#define CK_CODEC_TYPES(X) X(CivilDate) X(PartialDate) X(SourceLocation) X(Deadline) X(Update) X(Task) X(Section) \
  X(Measurement) X(Indicator) X(PlanReference) X(Plan) X(Agency) X(Commune) X(Diagnostic)
#define CK_DECLARE(T) void put(ByteWriter& w, const T& v); void get(ByteReader& r, T& v);
CK_CODEC_TYPES(CK_DECLARE)
#undef CK_DECLARE
#undef CK_CODEC_TYPES
void put(ByteWriter& w, const std::pair<std::string, std::string>& p);
void get(ByteReader& r, std::pair<std::string, std::string>& p);

// ---- writing

void put(ByteWriter& w, const std::string& s) { w.str(s); }
void put(ByteWriter& w, int v) { w.i64(v); }
void put(ByteWriter& w, bool v) { w.flag(v); }
void put(ByteWriter& w, double v) { w.f64(v); }
void put(ByteWriter& w, const CivilDate& d) {
  put(w, d.year);
  put(w, d.month);
  put(w, d.day);
}
void put(ByteWriter& w, const PartialDate& d) {
  put(w, d.year);
  put(w, d.month);
  put(w, d.day);
}
template <typename T>
void put(ByteWriter& w, const std::optional<T>& v) {
  w.flag(v.has_value());
  if (v) put(w, *v);
}
template <typename T>
void put(ByteWriter& w, const std::vector<T>& items) {
  w.u64(items.size());
  for (const auto& item : items) put(w, item);
}
void put(ByteWriter& w, const std::pair<std::string, std::string>& p) {
  put(w, p.first);
  put(w, p.second);
}
void put(ByteWriter& w, const SourceLocation& s) {
  put(w, s.file);
  put(w, s.line);
  put(w, s.column);
}
void put(ByteWriter& w, const Deadline& d) {
  put(w, d.text);
  w.u64(static_cast<uint64_t>(d.kind));
  put(w, d.start);
  put(w, d.due);
  put(w, d.occurrences);
  put(w, d.overridden);
  put(w, d.note);
}
void put(ByteWriter& w, const Update& u) {
  put(w, u.date);
  put(w, u.note);
  put(w, u.evidence);
}
void put(ByteWriter& w, const Task& t) {
  put(w, t.id);
  put(w, t.previous_id);
  put(w, t.number);
  put(w, t.section_id);
  put(w, t.parent_id);
  put(w, t.text);
  put(w, t.lead);
  put(w, t.partners);
  put(w, t.deadline);
  put(w, t.products);
  w.u64(static_cast<uint64_t>(t.status));
  put(w, t.progress);
  put(w, t.completed);
  put(w, t.updates);
  put(w, t.unverified_fields);
  put(w, t.where);
}
void put(ByteWriter& w, const Section& s) {
  put(w, s.id);
  put(w, s.number);
  put(w, s.title);
}
void put(ByteWriter& w, const Measurement& m) {
  put(w, m.date);
  put(w, m.value);
  put(w, m.note);
}
void put(ByteWriter& w, const Indicator& i) {
  put(w, i.id);
  put(w, i.text);
  put(w, i.comparator);
  put(w, i.target);
  put(w, i.unit);
  put(w, i.measurements);
}
void put(ByteWriter& w, const PlanReference& r) {
  put(w, r.number);
  put(w, r.plan);
}
void put(ByteWriter& w, const Plan& p) {
  put(w, p.id);
  put(w, p.commune_id);
  put(w, p.title);
  put(w, p.doc_number);
  put(w, p.doc_kind);
  put(w, p.issued);
  put(w, p.place);
  put(w, p.issuer);
  put(w, p.signer);
  put(w, p.signer_role);
  put(w, p.period.first_year);
  put(w, p.period.last_year);
  put(w, p.implements);
  put(w, p.recipients);
  put(w, p.source);
  put(w, p.transcribed_from_scan);
  put(w, p.body_markdown);
  put(w, p.sections);
  put(w, p.tasks);
  put(w, p.indicators);
  put(w, p.markdown_path);
  put(w, p.data_path);
}
void put(ByteWriter& w, const Agency& a) {
  put(w, a.id);
  put(w, a.name);
  put(w, a.aliases);
}
void put(ByteWriter& w, const Commune& c) {
  put(w, c.id);
  put(w, c.name);
  w.u64(static_cast<uint64_t>(c.kind));
  put(w, c.parent_id);
  put(w, c.portal_url);
  put(w, c.contact.address);
  put(w, c.contact.phone);
  put(w, c.contact.email);
  put(w, c.contact.feedback_url);
  put(w, c.illustrative);
  put(w, c.order);
  put(w, c.body_markdown);
  put(w, c.plans);
  put(w, c.agencies);
  put(w, c.markdown_path);
  put(w, c.sources);
}
void put(ByteWriter& w, const Diagnostic& d) {
  w.u64(static_cast<uint64_t>(d.severity));
  put(w, d.file);
  put(w, d.line);
  put(w, d.column);
  put(w, d.message);
}

// ---- reading: the mirror of the above, field for field

void get(ByteReader& r, std::string& s) { s = r.str(); }
void get(ByteReader& r, int& v) {
  int64_t x = r.i64();
  if (x < INT32_MIN || x > INT32_MAX) r.fail();
  v = static_cast<int>(x);
}
void get(ByteReader& r, bool& v) { v = r.flag(); }
void get(ByteReader& r, double& v) { v = r.f64(); }
void get(ByteReader& r, CivilDate& d) {
  get(r, d.year);
  get(r, d.month);
  get(r, d.day);
}
void get(ByteReader& r, PartialDate& d) {
  get(r, d.year);
  get(r, d.month);
  get(r, d.day);
}
template <typename T>
void get(ByteReader& r, std::optional<T>& v) {
  v.reset();
  if (r.flag()) get(r, v.emplace());
}
template <typename T>
void get(ByteReader& r, std::vector<T>& items) {
  items.resize(r.count(8));
  for (auto& item : items) get(r, item);
}
void get(ByteReader& r, std::pair<std::string, std::string>& p) {
  get(r, p.first);
  get(r, p.second);
}
// An enum's number, refused when past its last value.
template <typename E>
void get_enum(ByteReader& r, E& e, E last) {
  uint64_t v = r.u64();
  if (v > static_cast<uint64_t>(last)) {
    r.fail();
    return;
  }
  e = static_cast<E>(v);
}
void get(ByteReader& r, SourceLocation& s) {
  get(r, s.file);
  get(r, s.line);
  get(r, s.column);
}
void get(ByteReader& r, Deadline& d) {
  get(r, d.text);
  get_enum(r, d.kind, DeadlineKind::Unknown);
  get(r, d.start);
  get(r, d.due);
  get(r, d.occurrences);
  get(r, d.overridden);
  get(r, d.note);
}
void get(ByteReader& r, Update& u) {
  get(r, u.date);
  get(r, u.note);
  get(r, u.evidence);
}
void get(ByteReader& r, Task& t) {
  get(r, t.id);
  get(r, t.previous_id);
  get(r, t.number);
  get(r, t.section_id);
  get(r, t.parent_id);
  get(r, t.text);
  get(r, t.lead);
  get(r, t.partners);
  get(r, t.deadline);
  get(r, t.products);
  get_enum(r, t.status, ReportedStatus::Adjusted);
  get(r, t.progress);
  get(r, t.completed);
  get(r, t.updates);
  get(r, t.unverified_fields);
  get(r, t.where);
}
void get(ByteReader& r, Section& s) {
  get(r, s.id);
  get(r, s.number);
  get(r, s.title);
}
void get(ByteReader& r, Measurement& m) {
  get(r, m.date);
  get(r, m.value);
  get(r, m.note);
}
void get(ByteReader& r, Indicator& i) {
  get(r, i.id);
  get(r, i.text);
  get(r, i.comparator);
  get(r, i.target);
  get(r, i.unit);
  get(r, i.measurements);
}
void get(ByteReader& r, PlanReference& p) {
  get(r, p.number);
  get(r, p.plan);
}
void get(ByteReader& r, Plan& p) {
  get(r, p.id);
  get(r, p.commune_id);
  get(r, p.title);
  get(r, p.doc_number);
  get(r, p.doc_kind);
  get(r, p.issued);
  get(r, p.place);
  get(r, p.issuer);
  get(r, p.signer);
  get(r, p.signer_role);
  get(r, p.period.first_year);
  get(r, p.period.last_year);
  get(r, p.implements);
  get(r, p.recipients);
  get(r, p.source);
  get(r, p.transcribed_from_scan);
  get(r, p.body_markdown);
  get(r, p.sections);
  get(r, p.tasks);
  get(r, p.indicators);
  get(r, p.markdown_path);
  get(r, p.data_path);
}
void get(ByteReader& r, Agency& a) {
  get(r, a.id);
  get(r, a.name);
  get(r, a.aliases);
}
void get(ByteReader& r, Commune& c) {
  get(r, c.id);
  get(r, c.name);
  get_enum(r, c.kind, CommuneKind::ThanhPho);
  get(r, c.parent_id);
  get(r, c.portal_url);
  get(r, c.contact.address);
  get(r, c.contact.phone);
  get(r, c.contact.email);
  get(r, c.contact.feedback_url);
  get(r, c.illustrative);
  get(r, c.order);
  get(r, c.body_markdown);
  get(r, c.plans);
  get(r, c.agencies);
  get(r, c.markdown_path);
  get(r, c.sources);
}
void get(ByteReader& r, Diagnostic& d) {
  get_enum(r, d.severity, Severity::Warning);
  get(r, d.file);
  get(r, d.line);
  get(r, d.column);
  get(r, d.message);
}

}  // namespace

std::string encode_commune(const Commune& commune, const Diagnostics& diags) {
  ByteWriter w;
  put(w, commune);
  put(w, diags.items());
  return w.take();
}

std::optional<DecodedCommune> decode_commune(std::string_view bytes) {
  ByteReader r(bytes);
  DecodedCommune out;
  get(r, out.commune);
  std::vector<Diagnostic> items;
  get(r, items);
  if (!r.ok() || !r.at_end()) return std::nullopt;
  for (auto& d : items) out.diags.add(std::move(d));
  return out;
}

}  // namespace ck
