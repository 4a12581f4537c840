// The batch pipeline: the main thread reads standard input in large blocks and cuts it
// into chunks of whole lines; N workers turn chunks into output; a writer thread puts
// chunks back in input order (sequence numbers + a reorder map) and writes each with one
// write(). A fixed pool of chunk buffers bounds memory and is reused, so a slow line
// holds back the reader instead of letting the reorder map grow. A line longer than
// max_line_bytes is never buffered: the reader keeps its first bytes (for the id), counts
// the rest as it drops it, and passes the line on as a chunk of its own.
#include "cli/batch_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch_line.h"
#include "cli/exit_codes.h"
#include "cli/io.h"

namespace claimcheck::cli {
namespace {

// A chunk ends after this many lines, or after the line that crosses kChunkMaxBytes.
// Small enough that a few hundred pairs spread over every worker, large enough that
// locking and write() calls stay rare.
constexpr size_t kChunkMaxLines = 32;
constexpr size_t kChunkMaxBytes = size_t{1} << 20;
constexpr size_t kReadBlock = size_t{1} << 20;

struct Chunk {
  uint64_t seq = 0;
  size_t first_line = 0;  // 1-based input line number of the chunk's first line
  size_t size = 0;        // bytes of whole lines in `input`; kLinePadding bytes follow
  // > 0: the chunk is one line over max_line_bytes, this long; `input` holds only its
  // first `size` bytes.
  size_t long_line_bytes = 0;
  std::string input;
  std::string output;
  size_t errors = 0;
};

bool IsBlank(const char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') return false;
  }
  return true;
}

// The reader's buffer. It grows with realloc, which for large sizes remaps pages rather
// than copying them, and leaves new bytes untouched (a vector's resize would zero-fill
// them), so resident memory follows the bytes actually read.
class ReadBuffer {
 public:
  explicit ReadBuffer(size_t size) { Resize(size); }
  ~ReadBuffer() { std::free(data_); }
  ReadBuffer(const ReadBuffer&) = delete;
  ReadBuffer& operator=(const ReadBuffer&) = delete;

  char* data() { return data_; }
  size_t size() const { return size_; }
  void Resize(size_t size) {
    void* grown = std::realloc(data_, size);
    if (grown == nullptr) throw std::bad_alloc();
    data_ = static_cast<char*>(grown);
    size_ = size;
  }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
};

class Pipeline {
 public:
  Pipeline(const Checker& checker, size_t threads, size_t max_line_bytes, int in_fd,
           int out_fd)
      : checker_(checker),
        threads_(threads),
        max_line_bytes_(max_line_bytes),
        in_fd_(in_fd),
        out_fd_(out_fd) {
    for (size_t i = 0; i < 2 * threads + 2; ++i) free_.push_back(std::make_unique<Chunk>());
  }

  int Run() {
    std::vector<std::thread> workers;
    for (size_t i = 0; i < threads_; ++i) workers.emplace_back([this] { WorkLoop(); });
    std::thread writer([this] { WriteLoop(); });
    ReadLoop();
    {
      std::lock_guard<std::mutex> lock(mu_);
      input_done_ = true;
    }
    work_cv_.notify_all();
    done_cv_.notify_all();
    for (std::thread& t : workers) t.join();
    writer.join();

    if (read_error_ != 0) {
      std::fprintf(stderr, "claimcheck: cannot read standard input: %s\n",
                   std::strerror(read_error_));
      return kExitUsage;
    }
    if (write_error_ != 0) {
      std::fprintf(stderr, "claimcheck: cannot write to standard output: %s\n",
                   std::strerror(write_error_));
      return kExitUsage;
    }
    return errors_ == 0 ? kExitConsistent : kExitSomeLinesFailed;
  }

 private:
  std::unique_ptr<Chunk> TakeFree() {
    std::unique_lock<std::mutex> lock(mu_);
    free_cv_.wait(lock, [this] { return !free_.empty() || stop_.load(); });
    if (stop_.load()) return nullptr;
    std::unique_ptr<Chunk> chunk = std::move(free_.back());
    free_.pop_back();
    return chunk;
  }

  // Hands out `lines` whole lines, data[0, size); or, with long_line_bytes > 0, one line
  // that long of which data[0, size) is the head.
  bool Emit(const char* data, size_t size, size_t lines, size_t long_line_bytes = 0) {
    std::unique_ptr<Chunk> chunk = TakeFree();
    if (!chunk) return false;
    chunk->first_line = next_line_;
    next_line_ += lines;
    chunk->size = size;
    chunk->long_line_bytes = long_line_bytes;
    chunk->input.resize(size + kLinePadding);
    std::memcpy(chunk->input.data(), data, size);
    std::memset(chunk->input.data() + size, 0, kLinePadding);
    {
      std::lock_guard<std::mutex> lock(mu_);
      chunk->seq = chunks_++;
      work_.push_back(std::move(chunk));
    }
    work_cv_.notify_one();
    return true;
  }

  void ReadLoop() {
    ReadBuffer buf(2 * kReadBlock);
    size_t begin = 0;  // start of the bytes not yet handed out
    size_t end = 0;    // end of the bytes read
    size_t cut = 0;    // end of the last whole line found after `begin`
    size_t lines = 0;  // whole lines in [begin, cut)
    size_t clean = 0;  // bytes from `cut` on known to hold no '\n' (not scanned again)
    bool eof = false;
    while (!stop_.load()) {
      bool too_long = false;  // the line at `cut` (whole or not) is over max_line_bytes_
      while (lines < kChunkMaxLines && cut - begin < kChunkMaxBytes) {
        const void* nl = std::memchr(buf.data() + cut + clean, '\n', end - cut - clean);
        const size_t line_end =
            nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf.data()) : end;
        if (line_end - cut > max_line_bytes_) {
          too_long = true;
          break;
        }
        if (nl == nullptr) {
          clean = end - cut;
          break;
        }
        cut = line_end + 1;
        clean = 0;
        ++lines;
      }
      if (too_long) {
        if (cut > begin && !Emit(buf.data() + begin, cut - begin, lines)) break;
        lines = 0;
        clean = 0;
        if (!PassLongLine(&buf, &cut, &end, &eof)) break;
        begin = cut;
        continue;
      }
      const bool full = lines == kChunkMaxLines || cut - begin >= kChunkMaxBytes;
      if (!full && !eof) {
        if (buf.size() - end < kReadBlock / 2) {
          if (begin > 0) {
            std::memmove(buf.data(), buf.data() + begin, end - begin);
            end -= begin;
            cut -= begin;
            begin = 0;
          }
          if (buf.size() - end < kReadBlock / 2) buf.Resize(buf.size() * 2);
        }
        // At most 2 blocks at a time, so a long line is found out soon after it passes
        // the limit, however large the buffer has grown.
        const ssize_t n =
            read(in_fd_, buf.data() + end, std::min(buf.size() - end, 2 * kReadBlock));
        if (n > 0) {
          end += static_cast<size_t>(n);
        } else if (n == 0) {
          eof = true;
        } else if (errno != EINTR) {
          read_error_ = errno;
          eof = true;
        }
        continue;
      }
      if (!full) {  // end of input: the rest is the last line, without its '\n'
        if (end > cut) ++lines;
        cut = end;
        clean = 0;
      }
      if (cut == begin) break;
      if (!Emit(buf.data() + begin, cut - begin, lines)) break;
      begin = cut;
      lines = 0;
    }
  }

  // The line at (*buf)[*cut] is over max_line_bytes_. Keeps its head, reads on to its
  // '\n' (or the end of input) counting bytes but keeping none, and emits it as a chunk
  // of its own, or nothing when it is blank. Leaves *cut just after the line; the buffer
  // never grows for it. False when the pipeline is stopping.
  bool PassLongLine(ReadBuffer* buf, size_t* cut, size_t* end, bool* eof) {
    const size_t head_size = std::min(kLongLineHeadBytes, max_line_bytes_);
    const std::string head(buf->data() + *cut, head_size);  // *end - *cut > max_line_bytes_
    size_t line_bytes = 0;
    bool blank = true;
    size_t pos = *cut;
    for (;;) {
      const void* nl = std::memchr(buf->data() + pos, '\n', *end - pos);
      const size_t stop =
          nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf->data()) : *end;
      if (blank) blank = IsBlank(buf->data() + pos, stop - pos);
      line_bytes += stop - pos;
      if (nl != nullptr) {
        pos = stop + 1;
        break;
      }
      pos = *end = 0;  // drop what was counted
      if (*eof || stop_.load()) break;
      const ssize_t n = read(in_fd_, buf->data(), buf->size());
      if (n > 0) {
        *end = static_cast<size_t>(n);
      } else if (n == 0) {
        *eof = true;
      } else if (errno != EINTR) {
        read_error_ = errno;
        *eof = true;
      }
    }
    *cut = pos;
    if (blank) {  // a blank line gives no output, however long
      ++next_line_;
      return true;
    }
    return Emit(head.data(), head.size(), 1, line_bytes);
  }

  void WorkLoop() {
    LineProcessor processor(checker_);
    for (;;) {
      std::unique_ptr<Chunk> chunk;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return !work_.empty() || input_done_; });
        if (work_.empty()) return;
        chunk = std::move(work_.front());
        work_.pop_front();
      }
      chunk->output.clear();
      chunk->errors = 0;
      if (!stop_.load()) Process(&processor, chunk.get());
      {
        std::lock_guard<std::mutex> lock(mu_);
        const uint64_t seq = chunk->seq;
        done_.emplace(seq, std::move(chunk));
      }
      done_cv_.notify_one();
    }
  }

  void Process(LineProcessor* processor, Chunk* chunk) const {
    if (chunk->long_line_bytes > 0) {
      processor->ProcessTooLong(std::string_view(chunk->input.data(), chunk->size),
                                chunk->long_line_bytes, max_line_bytes_, chunk->first_line,
                                &chunk->output);
      ++chunk->errors;
      return;
    }
    const char* data = chunk->input.data();
    size_t line_number = chunk->first_line;
    size_t pos = 0;
    while (pos < chunk->size) {
      const void* nl = std::memchr(data + pos, '\n', chunk->size - pos);
      const size_t line_end =
          nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : chunk->size;
      // Blank lines (e.g. a trailing empty line) carry no pair: no output for them.
      if (!IsBlank(data + pos, line_end - pos)) {
        if (!processor->Process(data + pos, line_end - pos, chunk->input.size() - pos,
                                line_number, &chunk->output)) {
          ++chunk->errors;
        }
      }
      pos = line_end + 1;
      ++line_number;
    }
  }

  void WriteLoop() {
    uint64_t next = 0;
    for (;;) {
      std::unique_ptr<Chunk> chunk;
      {
        std::unique_lock<std::mutex> lock(mu_);
        done_cv_.wait(lock, [&] {
          return done_.count(next) != 0 || (input_done_ && next == chunks_);
        });
        auto it = done_.find(next);
        if (it == done_.end()) return;
        chunk = std::move(it->second);
        done_.erase(it);
      }
      if (write_error_ == 0) {
        write_error_ = WriteAll(out_fd_, chunk->output);
        if (write_error_ != 0) {
          stop_.store(true);
          free_cv_.notify_all();
        }
      }
      errors_ += chunk->errors;
      ++next;
      {
        std::lock_guard<std::mutex> lock(mu_);
        free_.push_back(std::move(chunk));
      }
      free_cv_.notify_one();
    }
  }

  const Checker& checker_;
  const size_t threads_;
  const size_t max_line_bytes_;
  const int in_fd_;
  const int out_fd_;

  // Reader-only state.
  uint64_t next_line_ = 1;
  int read_error_ = 0;

  // Writer-only state (read by Run after the join).
  int write_error_ = 0;
  size_t errors_ = 0;

  std::mutex mu_;
  std::condition_variable free_cv_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::vector<std::unique_ptr<Chunk>> free_;
  std::deque<std::unique_ptr<Chunk>> work_;
  std::map<uint64_t, std::unique_ptr<Chunk>> done_;
  uint64_t chunks_ = 0;      // chunks emitted; guarded by mu_
  bool input_done_ = false;  // guarded by mu_
  std::atomic<bool> stop_{false};
};

}  // namespace

size_t DefaultMaxLineBytes(const Options& options) {
  constexpr size_t kMax = std::numeric_limits<size_t>::max();
  constexpr size_t kOverhead = size_t{64} << 10;
  const size_t n = options.max_input_bytes;
  return n > (kMax - kOverhead) / 4 ? kMax : 4 * n + kOverhead;
}

int RunBatch(const BatchArgs& args) {
  auto checker = Checker::Create(args.options);
  if (!checker.ok()) {
    std::fprintf(stderr, "claimcheck: bad option: %s\n", checker.status().ToString().c_str());
    return kExitUsage;
  }
  size_t threads = args.threads;
  if (threads == 0) threads = std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  const size_t max_line_bytes =
      args.max_line_bytes != 0 ? args.max_line_bytes : DefaultMaxLineBytes(args.options);
  Pipeline pipeline(*checker, threads, max_line_bytes, args.input_fd, args.output_fd);
  return pipeline.Run();
}

}  // namespace claimcheck::cli
