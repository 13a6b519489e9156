internal import CSndFile
