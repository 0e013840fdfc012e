# cmake -P script: the man pages of segment-editor and segmentctl, made by help2man from the
# programs' own --help, so they never disagree with the programs.
#
#   -DHELP2MAN=… -DGZIP=… -DSEGMENT_EDITOR=… -DSEGMENTCTL=… -DVERSION=0.1.0 -DDATE=YYYY-MM-DD
#   -DSOURCE_DIR=<this folder> -DOUTPUT_DIR=<folder for man1/> -DSTAMP=<file touched at the end>
#
# Pages: segment-editor(1), segmentctl(1) (the commands, with the hand-written sections of
# segmentctl.h2m) and segmentctl-COMMAND(1) for each command `segmentctl --help` lists (its
# options, from `segmentctl COMMAND --help`), like git's. Compressed with gzip -9n (no name, no
# time: the same bytes on every build).
include(${CMAKE_CURRENT_LIST_DIR}/HelpText.cmake)
segment_help_environment()

foreach(var HELP2MAN GZIP SEGMENT_EDITOR SEGMENTCTL VERSION DATE SOURCE_DIR OUTPUT_DIR STAMP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateManPages.cmake needs -D${var}=…")
    endif()
endforeach()

# The date help2man would take from the clock is the release's, so that a rebuild changes nothing.
string(REGEX MATCH "^([0-9]+)-([0-9]+)" _ "${DATE}")
set(months January February March April May June July August September October November December)
math(EXPR month_index "${CMAKE_MATCH_2} - 1")
list(GET months ${month_index} month)
set(page_date "${month} ${CMAKE_MATCH_1}")

set(man1 "${OUTPUT_DIR}/man1")
file(REMOVE_RECURSE "${man1}")
file(MAKE_DIRECTORY "${man1}")
set(work "${OUTPUT_DIR}/work")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

# segment_man_page(<title> <program> <name-line> <include-file> [help2man options…])
# SEGMENT_JOIN_INDENTED set: lines that continue a paragraph with an indent (segmentctl's
# "Credentials:" and "Exit status:") stay in it instead of becoming an indented paragraph.
function(segment_man_page title program name include)
    set(page "${work}/${title}.1")
    execute_process(COMMAND "${HELP2MAN}" --no-info --locale=C.UTF-8 --section=1
            "--manual=User Commands" "--source=Segment Editor ${VERSION}"
            "--name=${name}" "--include=${include}" "--output=${page}" ${ARGN} "${program}"
        RESULT_VARIABLE result ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "help2man failed for ${title}: ${error}")
    endif()
    file(READ "${page}" roff)
    # The page's own title (help2man names every page after the program), and the release date.
    string(TOUPPER "${title}" upper)
    string(REGEX REPLACE "\n\\.TH [^\n]*\n"
        "\n.TH ${upper} \"1\" \"${page_date}\" \"Segment Editor ${VERSION}\" \"User Commands\"\n"
        roff "${roff}")
    string(REGEX REPLACE "\n\\.SH NAME\n[^\n]* \\\\- "
        "\n.SH NAME\n${title} \\\\- " roff "${roff}")
    if(SEGMENT_JOIN_INDENTED)
        string(REPLACE "\n.IP\n" "\n" roff "${roff}")
    endif()
    file(WRITE "${page}" "${roff}")
    execute_process(COMMAND "${GZIP}" -9 -n -c "${page}"
        OUTPUT_FILE "${man1}/${title}.1.gz" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip failed for ${title}")
    endif()
endfunction()

# The NAME line of a page: the summary, lower case first, no full stop.
function(segment_name_line out summary)
    string(SUBSTRING "${summary}" 0 1 first)
    string(SUBSTRING "${summary}" 1 -1 rest)
    string(TOLOWER "${first}" first)
    string(REGEX REPLACE "\\.$" "" rest "${rest}")
    set(${out} "${first}${rest}" PARENT_SCOPE)
endfunction()

segment_ctl_commands(commands summaries "${SEGMENTCTL}")

# segment-editor
file(WRITE "${work}/segment-editor.h2m" "[SEE ALSO]\n.BR segmentctl (1)\n")
segment_man_page(segment-editor "${SEGMENT_EDITOR}"
    "edit Criteo audience segments offline and send every change in one go"
    "${work}/segment-editor.h2m")

# segmentctl: the hand-written sections, then every command's page under SEE ALSO.
file(READ "${SOURCE_DIR}/segmentctl.h2m" include)
string(APPEND include "\n[SEE ALSO]\n")
foreach(command IN LISTS commands)
    string(APPEND include ".BR segmentctl-${command} (1),\n")
endforeach()
string(APPEND include ".BR segment-editor (1)\n")
file(WRITE "${work}/segmentctl.h2m" "${include}")
set(SEGMENT_JOIN_INDENTED TRUE)
segment_man_page(segmentctl "${SEGMENTCTL}" "run Segment Editor's jobs from a terminal or a script"
    "${work}/segmentctl.h2m")
set(SEGMENT_JOIN_INDENTED FALSE)

# segmentctl-COMMAND
foreach(command summary IN ZIP_LISTS commands summaries)
    segment_name_line(name "${summary}")
    file(WRITE "${work}/segmentctl-${command}.h2m" "[SEE ALSO]\n.BR segmentctl (1)\n")
    segment_man_page(segmentctl-${command} "${SEGMENTCTL}" "${name}"
        "${work}/segmentctl-${command}.h2m" "--help-option=${command} --help"
        "--version-string=${VERSION}")
endforeach()

file(REMOVE_RECURSE "${work}")
file(WRITE "${STAMP}" "${commands}\n")
