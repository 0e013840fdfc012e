# What GenerateManPages.cmake and GenerateCompletion.cmake read from segmentctl's own --help, so
# that the man pages and the shell completion always follow the program (cmake -P scripts).

# The programs must answer in English and without a display, whatever the developer's session.
macro(segment_help_environment)
    set(ENV{LC_ALL} C.UTF-8)
    set(ENV{LANG} C.UTF-8)
    unset(ENV{LANGUAGE})
    unset(ENV{DISPLAY})
    unset(ENV{WAYLAND_DISPLAY})
    unset(ENV{QT_QPA_PLATFORM})
    # A sanitizer build's programs run here too; what they leak at exit is not the build's concern.
    set(ENV{ASAN_OPTIONS} detect_leaks=0)
endmacro()

# segment_run_help(<out-var> <program> [args...]): the standard output of `program args`, which
# must succeed.
function(segment_run_help out program)
    execute_process(COMMAND "${program}" ${ARGN}
        OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " words "${ARGN}")
        message(FATAL_ERROR "`${program} ${words}` failed (${result}): ${error}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# segment_help_lines(<out-var> <text>): the lines of a help text as a CMake list, for parsing only:
# semicolons become commas and square brackets parentheses (CMake lists split on the one and
# stop splitting inside the other).
function(segment_help_lines out text)
    string(REPLACE ";" "," text "${text}")
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

# segment_ctl_commands(<names-var> <summaries-var> <segmentctl>): the commands `segmentctl --help`
# lists under "Commands:", and the one-line summary of each (same order).
function(segment_ctl_commands names_out summaries_out program)
    segment_run_help(text "${program}" --help)
    segment_help_lines(lines "${text}")
    set(names)
    set(summaries)
    set(in_commands FALSE)
    foreach(line IN LISTS lines)
        if(line STREQUAL "Commands:")
            set(in_commands TRUE)
        elseif(in_commands AND line MATCHES "^  ([a-z][a-z-]*)  +(.+)$")
            list(APPEND names "${CMAKE_MATCH_1}")
            list(APPEND summaries "${CMAKE_MATCH_2}")
        elseif(in_commands)
            break()
        endif()
    endforeach()
    if(NOT names)
        message(FATAL_ERROR "`${program} --help` lists no commands")
    endif()
    set(${names_out} "${names}" PARENT_SCOPE)
    set(${summaries_out} "${summaries}" PARENT_SCOPE)
endfunction()
