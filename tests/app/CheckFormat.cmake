# Fails when a C++ source under core/, views/, app/ or tests/ differs from clang-format's output.
file(GLOB_RECURSE files
  ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
  ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  string(REGEX MATCHALL "[^\n]*(warning|error): code should be clang-formatted[^\n]*" lines "${errors}")
  list(LENGTH lines count)
  list(SUBLIST lines 0 20 shown)
  string(REPLACE ";" "\n" shown "${shown}")
  message(FATAL_ERROR "${count} places differ from clang-format (run: clang-format -i FILE):\n${shown}")
endif()
