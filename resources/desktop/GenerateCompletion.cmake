# cmake -P script: bash completion for segmentctl, from the program's own --help (the commands
# `segmentctl --help` lists, the options and arguments of each `segmentctl COMMAND --help`), filled
# into segmentctl.bash.in.
#
#   -DSEGMENTCTL=… -DVERSION=0.1.0 -DTEMPLATE=segmentctl.bash.in -DOUTPUT=<file>
include(${CMAKE_CURRENT_LIST_DIR}/HelpText.cmake)
segment_help_environment()

foreach(var SEGMENTCTL VERSION TEMPLATE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateCompletion.cmake needs -D${var}=…")
    endif()
endforeach()

segment_ctl_commands(commands summaries "${SEGMENTCTL}")
string(REPLACE ";" " " COMMANDS "${commands}")

set(CASES "")
foreach(command IN LISTS commands)
    segment_run_help(text "${SEGMENTCTL}" ${command} --help)
    segment_help_lines(lines "${text}")
    set(options)
    set(valued)
    set(files "")
    set(section "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^([A-Z][a-z]+):$")
            set(section "${CMAKE_MATCH_1}")
        elseif(section STREQUAL "Options"
               AND line MATCHES "^  (-([A-Za-z0-9?]), )?--([a-z0-9-]+)( <([^>]+)>)?")
            set(short "${CMAKE_MATCH_2}")
            set(long "--${CMAKE_MATCH_3}")
            set(value "${CMAKE_MATCH_5}")
            # (Compared with "", as a value named N or NO would be false to if().)
            if(NOT short STREQUAL "")
                list(APPEND options "-${short}")
            endif()
            list(APPEND options "${long}")
            if(NOT value STREQUAL "")
                if(NOT short STREQUAL "")
                    list(APPEND valued "-${short}=${value}")
                endif()
                list(APPEND valued "${long}=${value}")
            endif()
        elseif(section STREQUAL "Arguments" AND line MATCHES "^  [A-Za-z]")
            set(files 1)
        endif()
    endforeach()
    string(REPLACE ";" " " options "${options}")
    string(REPLACE ";" " " valued "${valued}")
    string(APPEND CASES "    ${command})\n"
        "        options=\"${options}\"\n"
        "        valued=\"${valued}\"\n"
        "        files=${files}\n"
        "        ;;\n")
endforeach()
string(REGEX REPLACE "\n$" "" CASES "${CASES}")

configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
