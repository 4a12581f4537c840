// POSIX reads and writes for the CLI; no stdio buffering so every error is seen.
#include "cli/io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

namespace claimcheck::cli {

std::string DisplayName(const std::string& path) {
  return path == "-" ? std::string("standard input") : path;
}

namespace {

// Reads to the end, or until more than `max_bytes` have been read.
bool ReadFd(int fd, std::string* data, int* err, size_t max_bytes) {
  size_t size = data->size();
  for (;;) {
    if (size > max_bytes) {
      data->resize(size);
      return true;
    }
    if (data->size() - size < (size_t{1} << 16)) {
      data->resize(data->size() < (size_t{1} << 16) ? size_t{1} << 16 : data->size() * 2);
    }
    const ssize_t n = read(fd, data->data() + size, data->size() - size);
    if (n > 0) {
      size += static_cast<size_t>(n);
    } else if (n == 0) {
      data->resize(size);
      return true;
    } else if (errno != EINTR) {
      *err = errno;
      data->resize(size);
      return false;
    }
  }
}

}  // namespace

bool ReadWholeFile(const std::string& path, std::string* data, std::string* error,
                   size_t max_bytes) {
  data->clear();
  const std::string name = DisplayName(path);
  int fd = 0;
  if (path != "-") {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      *error = name + ": " +
               (err == ENOENT ? std::string("no such file") : std::string(std::strerror(err)));
      return false;
    }
  }
  struct stat st;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *error = name + ": is a directory, not a file";
      if (fd != 0) close(fd);
      return false;
    }
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      *error = name + ": has " + std::to_string(st.st_size) + " bytes, more than " +
               "--max-input-bytes " + std::to_string(max_bytes);
      if (fd != 0) close(fd);
      return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) data->reserve(static_cast<size_t>(st.st_size) + 1);
  }
  int err = 0;
  const bool ok = ReadFd(fd, data, &err, max_bytes);
  if (fd != 0) close(fd);
  if (!ok) {
    *error = name + ": cannot read: " + std::strerror(err);
    return false;
  }
  if (data->size() > max_bytes) {
    *error = name + ": more than --max-input-bytes " + std::to_string(max_bytes) +
             " bytes (stopped reading there)";
    data->clear();
    return false;
  }
  return true;
}

int WriteAll(int fd, std::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return 0;
}

void IgnoreSigpipe() { signal(SIGPIPE, SIG_IGN); }

}  // namespace claimcheck::cli
