internal import CEspeakNG
