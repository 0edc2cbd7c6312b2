"""An earlier reading the text only says was spoken of, in the unit of the count it reads.

"The queue grew to 340 ships by Friday. On Thursday there had been talk of 210": an
impersonal report (``[attribution] unnamed_reports``: "there was talk of", "речь шла о",
"il était question de", "mówiono o") right before a bare figure that closes its clause
puts the count before it again, so the 210 counts ships and is compared with the 340. A
figure with its own noun, of another order of size, or a paragraph away stays as it is.
Clients of a utility or a bank are its customers in Russian and Ukrainian too, so the
figure set against them ("против 35 тысяч") counts customers.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    found = [q for q in find_quantities(text, language) if q.text.endswith(figure)]
    assert found, (figure, [q.text for q in find_quantities(text, language)])
    return found[-1].unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        (
            "en",
            "The queue of lorries grew to 640 vehicles by Friday, police said. On "
            "Thursday there had been talk of 410.",
            "410",
            "vehicles",
        ),
        (
            "ru",
            "Число пассажиров в аэропорту выросло до 340 человек, сообщила администрация. "
            "Во вторник речь шла о 210.",
            "210",
            "passengers",
        ),
        (
            "uk",
            "Кількість пасажирів в аеропорту зросла до 340 осіб, повідомила адміністрація. "
            "У вівторок ішлося про 210.",
            "210",
            "passengers",
        ),
        (
            "pl",
            "Kolejka na granicy wydłużyła się w piątek do 640 ciężarówek, podała straż. "
            "W czwartek mówiono o 410.",
            "410",
            "vehicles",
        ),
        (
            "nl",
            "De wachtrij groeide vrijdag tot 340 schepen, aldus de havendienst. "
            "Donderdag was nog sprake van 210.",
            "210",
            "ships",
        ),
        (
            "fr",
            "La file d'attente est passée à 340 navires vendredi, selon la capitainerie. "
            "Jeudi, il était question de 210.",
            "210",
            "ships",
        ),
        (
            "de",
            "Die Warteschlange wuchs bis Freitag auf 340 Schiffe, teilte die Hafenbehörde "
            "mit. Am Donnerstag war die Rede von 210.",
            "210",
            "ships",
        ),
        (
            "ro",
            "Coada a crescut vineri la 340 de nave, potrivit căpităniei. Joi era vorba de 210.",
            "210",
            "ships",
        ),
        (
            "pt",
            "A fila subiu para 340 navios na sexta-feira, segundo a capitania. Na "
            "quinta-feira já se falava em 210.",
            "210",
            "ships",
        ),
        (
            "ar",
            "ارتفع عدد السفن المنتظرة إلى 340 سفينة يوم الجمعة بحسب الميناء. وكان الحديث عن 210.",
            "210",
            "ships",
        ),
    ],
)
def test_a_reading_spoken_of_takes_the_unit_of_the_count_before(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # its own noun: what it counts is said
        (
            "ru",
            "Число пассажиров в аэропорту выросло до 340 человек, сообщила администрация. "
            "Во вторник речь шла о 3 рейсах.",
            "3 рейсах",
        ),
        # a year, not a count read again
        (
            "en",
            "The queue of lorries grew to 640 vehicles by Friday, police said. There had "
            "been talk of 2019.",
            "2019",
        ),
        # of another order of size: no reading of the same count
        (
            "fr",
            "La file d'attente est passée à 340 navires vendredi, selon la capitainerie. "
            "Jeudi, il était question de 4.",
            "4",
        ),
        # a paragraph between: the count before is no longer the one spoken of
        (
            "pl",
            "Kolejka na granicy wydłużyła się w piątek do 640 ciężarówek, podała straż."
            "\n\nW czwartek mówiono o 410.",
            "410",
        ),
    ],
)
def test_no_reading_spoken_of_stays_as_written(language: str, text: str, figure: str) -> None:
    found = [q for q in find_quantities(text, language) if q.text.endswith(figure)]
    assert all(q.unit not in ("vehicles", "ships", "passengers") for q in found)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "ru",
            "Банк сообщил, что доступ к счетам вернули 80 тысячам клиентов, против "
            "35 тысяч накануне.",
            "35 тысяч",
        ),
        (
            "uk",
            "Оператор повідомив, що зв'язок відновлено для 90 тисяч клієнтів, проти "
            "40 тисяч у понеділок.",
            "40 тисяч",
        ),
    ],
)
def test_clients_set_against_an_earlier_figure_are_customers(
    language: str, text: str, figure: str
) -> None:
    assert _unit_of(language, text, figure) == "customers"
