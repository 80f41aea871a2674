import numpy as np

from strategy.synthesis.opinion_groups import opinion_groups


def test_two_camps_are_found_and_sparse_voters_left_out():
    rng = np.random.default_rng(1)
    n_voters, n_props = 120, 40
    camp = np.arange(n_voters) % 2
    side = np.where(np.arange(n_props) < 20, 1, -1)  # camp 0 likes the first 20, camp 1 the rest
    v, p, x = [], [], []
    for voter in range(n_voters):
        seen = rng.choice(n_props, 25 if voter < 110 else 3, replace=False)  # the last ten voted only 3 times
        for prop in seen:
            lean = side[prop] * (1 if camp[voter] == 0 else -1)
            v.append(voter)
            p.append(prop)
            x.append(lean if rng.random() < 0.85 else -lean)
    groups = opinion_groups(np.array(v), np.array(p), np.array(x), n_voters, n_props, seed=0)
    assert (groups[110:] == -1).all()
    found = groups[:110]
    assert len(set(found.tolist())) == 2
    agreement = max((found == camp[:110]).mean(), (found != camp[:110]).mean())
    assert agreement >= 0.95
    again = opinion_groups(np.array(v), np.array(p), np.array(x), n_voters, n_props, seed=0)
    assert (again == groups).all()


def test_theme_columns_find_camps_that_rarely_voted_on_the_same_proposal():
    # 1,000 proposals in 4 themes, 12 votes per person: two people share a proposal rarely, a theme often.
    rng = np.random.default_rng(0)
    n_voters, n_props = 200, 1000
    camp = np.arange(n_voters) % 2
    theme = np.arange(n_props) % 4  # the camps split on themes 0 and 1; both like 2 and 3
    v, p, x = [], [], []
    for voter in range(n_voters):
        for prop in rng.choice(n_props, 12, replace=False):
            lean = 1 if theme[prop] >= 2 else (1 if camp[voter] == 0 else -1) * (1 if theme[prop] == 0 else -1)
            v.append(voter)
            p.append(prop)
            x.append(lean if rng.random() < 0.85 else -lean)
    v, p, x = np.array(v), np.array(p), np.array(x)

    def agreement(groups: np.ndarray) -> float:
        return max((groups == camp).mean(), (groups != camp).mean())

    by_proposal = opinion_groups(v, p, x, n_voters, n_props, seed=0)
    with_themes = opinion_groups(v, p, x, n_voters, n_props, theme_of_prop=theme, seed=0)
    assert agreement(by_proposal) < 0.8
    assert len(set(with_themes.tolist())) == 2
    assert agreement(with_themes) >= 0.95
