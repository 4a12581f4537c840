// Runs the built claimcheck binary (env CLAIMCHECK_CLI) with given arguments and stdin,
// capturing exit status, stdout and stderr; plus temp files and seed bytes for inputs.
#ifndef CLAIMCHECK_TESTS_CLI_CLI_RUNNER_H_
#define CLAIMCHECK_TESTS_CLI_CLI_RUNNER_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace claimcheck::testing {

inline std::string CliPath() {
  const char* env = std::getenv("CLAIMCHECK_CLI");
  return env != nullptr && env[0] != '\0' ? env : CLAIMCHECK_BINARY_DIR "/bin/claimcheck";
}

inline std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A seed file's exact bytes, e.g. Seed("000_5cb0e136af7c07d2.txt").
inline std::string Seed(const std::string& name) {
  return ReadFileBytes(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/" + name);
}

// Line `n` (1-based) of `text`, without its '\n'.
inline std::string LineOf(const std::string& text, int n) {
  std::istringstream in(text);
  std::string line;
  for (int i = 0; i < n && std::getline(in, line); ++i) {
  }
  return line;
}

// A fresh directory, removed with its files at scope exit.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string templ = std::string(base != nullptr && base[0] ? base : "/tmp") +
                        "/claimcheck-cli-test-XXXXXX";
    if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = templ;
  }
  ~TempDir() {
    for (const std::string& f : files_) unlink(f.c_str());
    for (auto it = dirs_.rbegin(); it != dirs_.rend(); ++it) rmdir(it->c_str());
    rmdir(path_.c_str());
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  // Writes `bytes` to a new file `name` and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string p = path_ + "/" + name;
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    out.close();
    files_.push_back(p);
    return p;
  }
  std::string Mkdir(const std::string& name) {
    const std::string p = path_ + "/" + name;
    mkdir(p.c_str(), 0755);
    dirs_.push_back(p);
    return p;
  }
  std::string Reserve(const std::string& name) {  // a path the test will create later
    const std::string p = path_ + "/" + name;
    files_.push_back(p);
    return p;
  }

 private:
  std::string path_;
  std::vector<std::string> files_;
  std::vector<std::string> dirs_;
};

struct RunResult {
  int exit_code = -1;      // -1 when killed by a signal
  int signal = 0;          // the signal that ended it, or 0
  long max_rss_kb = 0;     // the process's peak resident memory, in KiB
  std::string out;
  std::string err;
};

// Standard output of the child: captured, a pipe whose reader is gone, /dev/full, or no
// file descriptor 1 at all (as `claimcheck ... >&-`).
enum class Stdout { kCapture, kClosedPipe, kDevFull, kClosedFd };

// Runs the CLI with `args` (argv[1..]), the file `in_path` on standard input.
inline RunResult RunCliOnFile(const std::vector<std::string>& args, const std::string& in_path,
                              Stdout stdout_mode = Stdout::kCapture) {
  TempDir dir;
  const std::string out_path = dir.Reserve("stdout");
  const std::string err_path = dir.Reserve("stderr");

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  int pipe_fds[2] = {-1, -1};  // [1] stays open in the parent until the child is spawned
  if (stdout_mode == Stdout::kCapture) {
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
  } else if (stdout_mode == Stdout::kDevFull) {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/full", O_WRONLY, 0);
  } else if (stdout_mode == Stdout::kClosedFd) {
    posix_spawn_file_actions_addclose(&actions, 1);
  } else {
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    // Closed before the child starts: every write by the child fails with EPIPE (or
    // kills it with SIGPIPE if it did not ignore that signal).
    close(pipe_fds[0]);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  }
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);

  const std::string cli = CliPath();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(cli.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);

  // Default SIGPIPE in the child whatever the test runner does, so a CLI that forgot to
  // ignore it would die of it here.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);

  pid_t pid = 0;
  const int rc = posix_spawn(&pid, cli.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (pipe_fds[1] >= 0) close(pipe_fds[1]);
  if (rc != 0) throw std::runtime_error("cannot run " + cli);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);

  RunResult result;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.max_rss_kb = usage.ru_maxrss;
  if (stdout_mode == Stdout::kCapture) result.out = ReadFileBytes(out_path);
  result.err = ReadFileBytes(err_path);
  return result;
}

// Runs the CLI with `args` (argv[1..]), feeding `stdin_data` on standard input.
inline RunResult RunCli(const std::vector<std::string>& args, const std::string& stdin_data = "",
                        Stdout stdout_mode = Stdout::kCapture) {
  TempDir dir;
  return RunCliOnFile(args, dir.Write("stdin", stdin_data), stdout_mode);
}

// The lines of `text` (split on '\n'; a final newline does not add an empty line).
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_CLI_CLI_RUNNER_H_
