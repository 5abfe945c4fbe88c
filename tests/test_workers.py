"""workers.beside: a function run in a forked process while another runs here; the result
is the one the function gives here, and a failed worker costs only the time."""

import os

from dossier.workers import beside


def _pid_and_square(x):
    return os.getpid(), x * x


def test_beside_runs_the_function_elsewhere_and_gives_its_result():
    here, (pid, square) = beside(_pid_and_square, 7, lambda: "loaded")
    assert (here, square) == ("loaded", 49)
    assert pid != os.getpid()  # it ran in the forked process (the test runs on Linux)


def test_a_failing_worker_leaves_the_work_to_this_process():
    parent = os.getpid()

    def fails_elsewhere(x):
        if os.getpid() != parent:
            raise RuntimeError("worker lost")
        return x + 1

    assert beside(fails_elsewhere, 1, lambda: None) == (None, 2)
