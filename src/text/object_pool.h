// A mutex-protected free list of per-thread helpers (ICU break iterator clones,
// Snowball stemmers): const methods borrow one per call and give it back, so steady
// state allocates nothing and no helper is ever used by two threads at once.
#ifndef CLAIMCHECK_TEXT_OBJECT_POOL_H_
#define CLAIMCHECK_TEXT_OBJECT_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace claimcheck::internal {

template <class T>
class ObjectPool {
 public:
  explicit ObjectPool(std::function<std::unique_ptr<T>()> make) : make_(std::move(make)) {}

  // Holds one borrowed object; returns it to the pool when destroyed.
  class Handle {
   public:
    Handle(const ObjectPool* pool, std::unique_ptr<T> obj)
        : pool_(pool), obj_(std::move(obj)) {}
    Handle(Handle&&) noexcept = default;
    Handle& operator=(Handle&&) = delete;
    ~Handle() {
      if (obj_ != nullptr) pool_->Return(std::move(obj_));
    }
    T* operator->() const { return obj_.get(); }
    T& operator*() const { return *obj_; }
    T* get() const { return obj_.get(); }

   private:
    const ObjectPool* pool_;
    std::unique_ptr<T> obj_;
  };

  // Drops the free objects, so that later borrows make new ones; call it with none
  // borrowed.
  void Clear() {
    std::lock_guard<std::mutex> lock(mu_);
    free_.clear();
  }

  // A free object, or a new one when all are in use.
  Handle Borrow() const {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        std::unique_ptr<T> obj = std::move(free_.back());
        free_.pop_back();
        return Handle(this, std::move(obj));
      }
    }
    return Handle(this, make_());
  }

 private:
  void Return(std::unique_ptr<T> obj) const {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(obj));
  }

  std::function<std::unique_ptr<T>()> make_;
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<T>> free_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_OBJECT_POOL_H_
