# cmake -P script behind the test fuzz_build: configures (once) and builds the fuzz targets in
# BINARY_DIR with clang++. Arguments: -DSOURCE_DIR= -DBINARY_DIR= -DSOURCES_FILE= -DQT6_DIR=
# -DGENERATOR= -DMAKE_PROGRAM=
find_program(clang NAMES clang++ clang++-14)
if(NOT clang)
    message(FATAL_ERROR "clang++ is missing: the fuzz targets need clang with libFuzzer "
                        "(Debian: clang libclang-rt-14-dev; scripts/install-deps.sh --test).")
endif()
if(NOT EXISTS ${BINARY_DIR}/CMakeCache.txt)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/fuzz/targets -B ${BINARY_DIR}
                -G ${GENERATOR} -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}
                -DCMAKE_CXX_COMPILER=${clang} -DCMAKE_BUILD_TYPE=RelWithDebInfo
                -DQt6_DIR=${QT6_DIR} -DFT_FUZZ_SOURCES_FILE=${SOURCES_FILE}
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        file(REMOVE ${BINARY_DIR}/CMakeCache.txt)
        message(FATAL_ERROR "Configuring the fuzz targets failed.")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Building the fuzz targets failed.")
endif()
