# CMake package file of sigmoid.h, installed to <prefix>/share/cmake/sigmoid/.
# find_package(sigmoid) then gives the INTERFACE target sigmoid::sigmoid,
# which adds <prefix>/include to the include path. Relocatable: the prefix
# is found from this file's own location.
if(NOT TARGET sigmoid::sigmoid)
  get_filename_component(_sigmoid_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
  add_library(sigmoid::sigmoid INTERFACE IMPORTED)
  set_target_properties(sigmoid::sigmoid PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_sigmoid_prefix}/include")
  unset(_sigmoid_prefix)
endif()
