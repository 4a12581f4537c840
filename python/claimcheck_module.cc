// The Python module `claimcheck`: Checker.check() returns the report as a dict shaped
// like the report JSON; checks run with the GIL released, so threads run in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/claimcheck.h"

namespace py = pybind11;

namespace {

constexpr char kModuleDoc[] = R"doc(Checks a summary against its source document(s), unit by unit.

    import claimcheck
    checker = claimcheck.Checker()                 # build once; share across threads
    report = checker.check(source, summary)        # a dict shaped like the report JSON
    for unit in report["sentences"]:
        print(unit["verdict"], unit["text"])

Offsets: every "begin"/"end" in a report is a byte offset into the UTF-8 encoding of the
input, as in the JSON and the C++ API. Python str indexes count code points, so they
differ as soon as the text has a non-ASCII character. Either slice the encoded bytes,
text.encode()[begin:end].decode(), or convert with claimcheck.char_offset(text, offset).
Inputs may be str (checked as UTF-8) or bytes (checked as given; invalid UTF-8 raises
claimcheck.Error with the offset of the first bad byte).

Errors: bad input or a bad option raises claimcheck.Error, a ValueError with .code
("invalid_utf8", "empty_input", ...), .message and .offset (a byte offset, or None).
A flagged summary is a successful report, not an error.
)doc";

// claimcheck.Error, created in the module init.
PyObject* g_error_type = nullptr;

[[noreturn]] void ThrowStatus(const claimcheck::Status& status) {
  py::object type = py::reinterpret_borrow<py::object>(g_error_type);
  py::object error = type(status.message());
  error.attr("code") = claimcheck::StatusCodeName(status.code());
  error.attr("message") = status.message();
  error.attr("offset") = status.offset() == claimcheck::Status::npos
                             ? py::object(py::none())
                             : py::object(py::int_(status.offset()));
  PyErr_SetObject(g_error_type, error.ptr());
  throw py::error_already_set();
}

// A text argument held alive while the GIL is released: str (its cached UTF-8) or bytes.
// bytearray and other mutable buffers are refused: another thread could change them
// mid-check.
struct TextArg {
  py::object owner;
  std::string_view view;
};

TextArg ToText(const py::handle& obj, const char* what) {
  TextArg arg{py::reinterpret_borrow<py::object>(obj), {}};
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();  // e.g. a lone surrogate
    arg.view = std::string_view(data, static_cast<size_t>(size));
  } else if (PyBytes_Check(obj.ptr())) {
    arg.view = std::string_view(PyBytes_AS_STRING(obj.ptr()),
                                static_cast<size_t>(PyBytes_GET_SIZE(obj.ptr())));
  } else {
    throw py::type_error(std::string(what) + " must be str or bytes, not " +
                         std::string(py::str(py::type::handle_of(obj).attr("__name__"))));
  }
  return arg;
}

// One source (str or bytes) or a sequence of them.
std::vector<TextArg> ToSources(const py::handle& obj) {
  std::vector<TextArg> sources;
  if (PyUnicode_Check(obj.ptr()) || PyBytes_Check(obj.ptr())) {
    sources.push_back(ToText(obj, "source"));
    return sources;
  }
  if (!py::isinstance<py::sequence>(obj)) {
    throw py::type_error("sources must be str, bytes, or a sequence of them");
  }
  // A tuple snapshot: the caller's list may change once the GIL is released.
  py::tuple items = py::tuple(py::reinterpret_borrow<py::object>(obj));
  sources.reserve(items.size());
  for (const py::handle item : items) sources.push_back(ToText(item, "each source"));
  return sources;
}

std::vector<std::string_view> Views(const std::vector<TextArg>& args) {
  std::vector<std::string_view> views;
  views.reserve(args.size());
  for (const TextArg& a : args) views.push_back(a.view);
  return views;
}

// Scores as the JSON writes them (4 decimals, clamped to [0, 1], NaN as 0), so that
// check() == json.loads(check_json()).
double JsonScore(double score) {
  if (!(score >= 0)) return 0;
  if (score > 1) return 1;
  return static_cast<double>(std::lround(score * 10000.0)) / 10000.0;
}

py::str Str(const std::string& s) {
  PyObject* obj = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (obj == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(obj);
}

py::dict ToDict(const claimcheck::Report& report) {
  py::dict out;
  out["id"] = report.id.empty() ? py::object(py::none()) : py::object(Str(report.id));
  out["consistent"] = report.consistent;
  out["score"] = JsonScore(report.score);
  py::dict counts;
  counts["supported"] = report.counts.supported;
  counts["unsupported"] = report.counts.unsupported;
  counts["contradicted"] = report.counts.contradicted;
  counts["skipped"] = report.counts.skipped;
  out["counts"] = counts;
  py::list sentences;
  for (const claimcheck::Unit& unit : report.sentences) {
    py::dict u;
    u["index"] = unit.index;
    u["begin"] = unit.begin;
    u["end"] = unit.end;
    u["kind"] = claimcheck::ToString(unit.kind);
    u["text"] = Str(unit.text);
    u["verdict"] = claimcheck::ToString(unit.verdict);
    u["score"] = JsonScore(unit.score);
    py::list evidence;
    for (const claimcheck::Evidence& e : unit.evidence) {
      py::dict d;
      d["source"] = e.source;
      d["begin"] = e.begin;
      d["end"] = e.end;
      d["text"] = Str(e.text);
      d["score"] = JsonScore(e.score);
      evidence.append(d);
    }
    u["evidence"] = evidence;
    py::list findings;
    for (const claimcheck::Finding& f : unit.findings) {
      py::dict d;
      d["kind"] = claimcheck::ToString(f.kind);
      d["begin"] = f.begin;
      d["end"] = f.end;
      d["text"] = Str(f.text);
      d["detail"] = Str(f.detail);
      if (f.has_source) {
        d["source"] = f.source;
        d["source_begin"] = f.source_begin;
        d["source_end"] = f.source_end;
        d["source_text"] = Str(f.source_text);
      }
      findings.append(d);
    }
    u["findings"] = findings;
    sentences.append(u);
  }
  out["sentences"] = sentences;
  return out;
}

class PyPrepared {
 public:
  PyPrepared(claimcheck::PreparedSources prepared, const claimcheck::Options* owner)
      : prepared_(std::move(prepared)), owner_(owner) {}
  const claimcheck::PreparedSources& prepared() const { return prepared_; }
  const claimcheck::Options* owner() const { return owner_; }
  size_t size() const { return prepared_.size(); }

 private:
  claimcheck::PreparedSources prepared_;
  const claimcheck::Options* owner_;  // the options of the checker that built it: its identity
};

class PyChecker {
 public:
  PyChecker(std::optional<double> threshold,
            std::optional<std::vector<std::vector<std::string>>> aliases,
            std::optional<size_t> max_input_bytes, std::optional<size_t> max_unit_bytes,
            std::optional<std::string> locale, std::optional<size_t> max_evidence) {
    claimcheck::Options options;
    if (threshold) options.support_threshold = *threshold;
    if (aliases) options.aliases = std::move(*aliases);
    if (max_input_bytes) options.max_input_bytes = *max_input_bytes;
    if (max_unit_bytes) options.max_unit_bytes = *max_unit_bytes;
    if (locale) options.locale = std::move(*locale);
    if (max_evidence) options.max_evidence = *max_evidence;
    auto checker = claimcheck::Checker::Create(options);
    if (!checker.ok()) ThrowStatus(checker.status());
    checker_.emplace(std::move(*checker));
  }

  claimcheck::Report Run(const py::object& sources, const py::object& summary,
                         const std::optional<std::string>& id) const {
    TextArg summary_arg = ToText(summary, "summary");
    std::optional<claimcheck::Result<claimcheck::Report>> result;
    if (py::isinstance<PyPrepared>(sources)) {
      const PyPrepared& prepared = sources.cast<const PyPrepared&>();
      if (prepared.owner() != &checker_->options()) {
        throw py::value_error("prepared sources come from another Checker");
      }
      py::gil_scoped_release release;
      result.emplace(checker_->Check(prepared.prepared(), summary_arg.view));
    } else {
      std::vector<TextArg> source_args = ToSources(sources);
      std::vector<std::string_view> views = Views(source_args);
      py::gil_scoped_release release;
      result.emplace(checker_->Check(views, summary_arg.view));
    }
    if (!result->ok()) ThrowStatus(result->status());
    claimcheck::Report report = std::move(result->value());
    if (id) report.id = *id;
    return report;
  }

  py::dict Check(const py::object& sources, const py::object& summary,
                 const std::optional<std::string>& id) const {
    return ToDict(Run(sources, summary, id));
  }

  py::str CheckJson(const py::object& sources, const py::object& summary,
                    const std::optional<std::string>& id) const {
    claimcheck::Report report = Run(sources, summary, id);
    std::string json;
    {
      py::gil_scoped_release release;
      json = claimcheck::ToJson(report);
    }
    return Str(json);
  }

  PyPrepared Prepare(const py::object& sources) const {
    std::vector<TextArg> source_args = ToSources(sources);
    std::vector<std::string_view> views = Views(source_args);
    std::optional<claimcheck::Result<claimcheck::PreparedSources>> result;
    {
      py::gil_scoped_release release;
      result.emplace(checker_->Prepare(views));
    }
    if (!result->ok()) ThrowStatus(result->status());
    return PyPrepared(std::move(result->value()), &checker_->options());
  }

  py::dict Options() const {
    const claimcheck::Options& o = checker_->options();
    py::dict d;
    d["threshold"] = o.support_threshold;
    d["max_input_bytes"] = o.max_input_bytes;
    d["max_unit_bytes"] = o.max_unit_bytes;
    d["locale"] = o.locale;
    d["aliases"] = o.aliases;
    d["max_evidence"] = o.max_evidence;
    return d;
  }

 private:
  std::optional<claimcheck::Checker> checker_;
};

// The str index of UTF-8 byte offset `offset` in `text`.
size_t CharOffset(const py::str& text, size_t offset) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (data == nullptr) throw py::error_already_set();
  if (offset > static_cast<size_t>(size)) {
    throw py::value_error("offset " + std::to_string(offset) + " is past the end (" +
                          std::to_string(size) + " bytes)");
  }
  if (offset < static_cast<size_t>(size) &&
      (static_cast<unsigned char>(data[offset]) & 0xC0) == 0x80) {
    throw py::value_error("offset " + std::to_string(offset) +
                          " is inside a UTF-8 sequence, not at a character boundary");
  }
  size_t chars = 0;
  for (size_t i = 0; i < offset; ++i) {
    chars += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
  }
  return chars;
}

constexpr char kCheckDoc[] = R"doc(check(sources, summary, id=None) -> dict

Checks `summary` against `sources`: one str or bytes, a sequence of them, or a
PreparedSources from prepare(). Returns the report as a dict with the report JSON's keys:
id, consistent, score, counts {supported, unsupported, contradicted, skipped} and
sentences [{index, begin, end, kind, text, verdict, score, evidence [...],
findings [...]}]. Offsets are UTF-8 byte offsets; scores are rounded to 4 decimals as
in the JSON. Raises claimcheck.Error on bad input. Releases the GIL while checking.)doc";

}  // namespace

PYBIND11_MODULE(claimcheck, m) {
  m.doc() = kModuleDoc;
  m.attr("__version__") = CLAIMCHECK_VERSION_STRING;

  g_error_type = PyErr_NewExceptionWithDoc(
      "claimcheck.Error",
      "Bad input or a bad option: a ValueError with .code, .message and .offset (a UTF-8 "
      "byte offset into the offending input, or None).",
      PyExc_ValueError, nullptr);
  if (g_error_type == nullptr) throw py::error_already_set();
  m.add_object("Error", py::handle(g_error_type));

  py::class_<PyPrepared>(m, "PreparedSources",
                         "Sources indexed once by Checker.prepare(), to check many summaries "
                         "against. Immutable; safe to share across threads.")
      .def("__len__", &PyPrepared::size);

  py::class_<PyChecker>(m, "Checker",
                        "Built once, then safe to share: check() may run on many threads at "
                        "once, in parallel (the GIL is released while checking).")
      .def(py::init<std::optional<double>, std::optional<std::vector<std::vector<std::string>>>,
                    std::optional<size_t>, std::optional<size_t>, std::optional<std::string>,
                    std::optional<size_t>>(),
           py::arg("threshold") = py::none(), py::arg("aliases") = py::none(),
           py::kw_only(), py::arg("max_input_bytes") = py::none(),
           py::arg("max_unit_bytes") = py::none(), py::arg("locale") = py::none(),
           py::arg("max_evidence") = py::none(),
           "Checker(threshold=None, aliases=None, *, max_input_bytes=None, "
           "max_unit_bytes=None, locale=None, max_evidence=None)\n\n"
           "None keeps the library default. threshold: a unit scoring at least this is "
           "supported, in [0, 1]. aliases: groups of names for the same thing, e.g. "
           "[[\"Wenxin\", \"Ernie\"]]. Raises claimcheck.Error on a bad option.")
      .def("check", &PyChecker::Check, py::arg("sources"), py::arg("summary"),
           py::arg("id") = py::none(), kCheckDoc)
      .def("check_json", &PyChecker::CheckJson, py::arg("sources"), py::arg("summary"),
           py::arg("id") = py::none(),
           "check_json(sources, summary, id=None) -> str\n\nThe report as one line of JSON, "
           "byte for byte what `claimcheck check --format json` prints (without the newline).")
      .def("prepare", &PyChecker::Prepare, py::arg("sources"),
           "prepare(sources) -> PreparedSources\n\nSegments and indexes the sources once, "
           "for check(prepared, summary) on many summaries.")
      .def_property_readonly("options", &PyChecker::Options,
                             "The options in effect, defaults filled in, as a dict.");

  m.def("char_offset", &CharOffset, py::arg("text"), py::arg("offset"),
        "char_offset(text, offset) -> int\n\nThe str index of UTF-8 byte offset `offset` in "
        "`text`: text[char_offset(text, b):char_offset(text, e)] is the text a report's "
        "begin/end name. Raises ValueError when the offset is past the end or inside a "
        "character.");
}
