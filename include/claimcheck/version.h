// claimcheck's version, as macros for the preprocessor and a string for run time.
#ifndef CLAIMCHECK_VERSION_H_
#define CLAIMCHECK_VERSION_H_

#define CLAIMCHECK_VERSION_MAJOR 0
#define CLAIMCHECK_VERSION_MINOR 1
#define CLAIMCHECK_VERSION_PATCH 0
#define CLAIMCHECK_VERSION_STRING "0.1.0"

#endif  // CLAIMCHECK_VERSION_H_
