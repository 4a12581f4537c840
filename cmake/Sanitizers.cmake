# CLAIMCHECK_SANITIZE=address adds ASan+UBSan, =thread adds TSan, to every target
# built here (never to consumers: the flags stay inside this project's directory).
set(CLAIMCHECK_SANITIZE "" CACHE STRING "'' | address | thread")
if(CLAIMCHECK_SANITIZE STREQUAL "address")
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
elseif(CLAIMCHECK_SANITIZE STREQUAL "thread")
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
elseif(NOT CLAIMCHECK_SANITIZE STREQUAL "")
  message(FATAL_ERROR "CLAIMCHECK_SANITIZE must be '', 'address' or 'thread'")
endif()
