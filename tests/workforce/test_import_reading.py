"""Files become rows: CSV in UTF-8 (with or without BOM) or Windows-1251, `;` or `,`, and XLSX; bad files refused."""

import io
from pathlib import Path

import openpyxl
import pytest
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from workforce.imports.reading import open_table
from workforce.imports.tables import ImportFileError, match_headings, normalise_heading

ROSTER_HEADINGS = ["Employee number", "Full name", "Facility code", "Cadre", "Position", "Email", "Active"]


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def csv_upload(rows: list[list], *, name="roster.csv", encoding="utf-8", delimiter=",") -> SimpleUploadedFile:
    text = "\r\n".join(delimiter.join(str(value) for value in row) for row in rows) + "\r\n"
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_bytes(rows: list[list], *, merge: str = "") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def xlsx_upload(rows: list[list], *, name="roster.xlsx", merge: str = "") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, xlsx_bytes(rows, merge=merge))


def read(file, kind="roster") -> tuple[dict, list]:
    with open_table(file, kind=kind, name=file.name) as table:
        return table.headings, [(row.number, row.values) for row in table.rows]


def test_utf8_csv_with_commas_is_read_row_by_row():
    file = csv_upload([ROSTER_HEADINGS, ["E1", "Karimova Dilnoza", "F-1726-001", "2221", "Hamshira", "", "yes"]])

    headings, rows = read(file)

    assert headings["employee_number"] == "Employee number"
    assert rows == [
        (
            2,
            {
                "employee_number": "E1",
                "full_name": "Karimova Dilnoza",
                "facility_code": "F-1726-001",
                "cadre_code": "2221",
                "position": "Hamshira",
                "email": "",
                "active": "yes",
            },
        )
    ]


def test_utf8_csv_with_byte_order_mark_keeps_the_first_heading_clean():
    file = csv_upload([ROSTER_HEADINGS, ["E1", "Oʻrinboyeva Gʻuncha", "F1", "2221", "", "", ""]], encoding="utf-8-sig")

    headings, rows = read(file)

    assert "employee_number" in headings
    assert rows[0][1]["full_name"] == "Oʻrinboyeva Gʻuncha"


def test_windows_1251_csv_with_semicolons_and_russian_headings():
    headings = ["Табельный номер", "ФИО", "Код учреждения", "Код ISCO", "Должность", "Эл. почта", "Активен"]
    file = csv_upload(
        [headings, ["Т-17", "Иванова Ольга Петровна", "F1", "2221", "Медсестра", "", "да"]],
        encoding="cp1251",
        delimiter=";",
    )

    matched, rows = read(file)

    assert set(matched) == {
        "employee_number",
        "full_name",
        "facility_code",
        "cadre_code",
        "position",
        "email",
        "active",
    }
    assert rows[0][1]["full_name"] == "Иванова Ольга Петровна"
    assert rows[0][1]["position"] == "Медсестра"


def test_xlsx_numbers_read_as_codes_and_empty_rows_skipped():
    file = xlsx_upload(
        [
            ROSTER_HEADINGS,
            [12345, "Toshmatov Jasur", "F1", 2221.0, None, None, True],
            [None] * 7,
            ["E2", "B", "F1", "2221"],
        ]
    )

    _headings, rows = read(file)

    assert [number for number, _values in rows] == [2, 4]
    assert rows[0][1]["employee_number"] == "12345"
    assert rows[0][1]["cadre_code"] == "2221"
    assert rows[0][1]["active"] == "yes"
    assert rows[1][1]["position"] == ""


def test_headings_match_whatever_their_case_spacing_and_language():
    positions = match_headings(["TABEL RAQAMI", " f.i.sh. ", "Muassasa kodi", "ISCO-08", "lavozimi"], "roster")

    assert positions == {"employee_number": 0, "full_name": 1, "facility_code": 2, "cadre_code": 3, "position": 4}
    assert normalise_heading("Toʻliq  ism") == normalise_heading("to'liq ism")


def test_facility_list_accepts_a_single_name_column():
    file = csv_upload([["Code", "Name", "Type", "Parent code"], ["F9", "Polyclinic 9", "family_polyclinic", "1726269"]])

    headings, rows = read(file, kind="facilities")

    assert set(headings) == {"code", "name", "type", "parent_code"}
    assert rows[0][1]["name"] == "Polyclinic 9"


def test_empty_file_is_refused():
    with pytest.raises(ImportFileError, match="empty"):
        read(SimpleUploadedFile("roster.csv", b""))


def test_file_of_blank_lines_is_refused():
    with pytest.raises(ImportFileError, match="no rows"):
        read(SimpleUploadedFile("roster.csv", b"\r\n\r\n;;\r\n"))


def test_wrong_columns_are_named():
    file = csv_upload([["Code", "Name", "Type", "Parent code"], ["F9", "Polyclinic", "other", "17"]])

    with pytest.raises(ImportFileError) as error:
        read(file, kind="roster")

    message = str(error.value)
    assert "employee number" in message
    assert "cadre" in message
    assert "“Code”" in message  # what the file holds instead


def test_two_columns_for_one_field_are_refused():
    file = csv_upload([[*ROSTER_HEADINGS, "ФИО"], ["E1", "A", "F1", "2221", "", "", "", "A"]])

    with pytest.raises(ImportFileError, match="ФИО"):
        read(file)


def test_png_renamed_csv_is_refused_as_an_image():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + b"\x00" * 64

    with pytest.raises(ImportFileError, match="PNG image"):
        read(SimpleUploadedFile("roster.csv", png))


def test_other_binary_data_renamed_csv_is_refused():
    with pytest.raises(ImportFileError, match="not a text CSV"):
        read(SimpleUploadedFile("roster.csv", bytes(range(256)) * 4))


def test_text_renamed_xlsx_is_refused():
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read(SimpleUploadedFile("roster.xlsx", b"employee number,full name\n"))


def test_corrupt_workbook_is_refused():
    with pytest.raises(ImportFileError, match="Excel workbook"):
        read(SimpleUploadedFile("roster.xlsx", b"PK\x03\x04" + b"\x00" * 200))


def test_xlsx_with_a_formula_is_refused_naming_the_cell():
    file = xlsx_upload([ROSTER_HEADINGS, ["E1", "A", "F1", "=1000+1221", "", "", ""]])

    with pytest.raises(ImportFileError, match="Cell D2 holds a formula"):
        read(file)


def test_xlsx_with_merged_cells_is_refused_naming_them():
    file = xlsx_upload([ROSTER_HEADINGS, ["E1", "A", "F1", "2221", "", "", ""]], merge="B2:C2")

    with pytest.raises(ImportFileError, match="B2:C2"):
        read(file)


class CountingFile(File):
    """A file that remembers how many bytes were read from it."""

    bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def test_50_megabyte_file_is_refused_before_any_of_it_is_read(tmp_path: Path):
    path = tmp_path / "roster.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    with path.open("rb") as handle:
        file = CountingFile(handle, name="roster.csv")

        with pytest.raises(ImportFileError, match=r"50.0\sMB") as error:
            read(file)

        assert file.bytes_read == 0
    assert "20.0\xa0MB" in str(error.value)


def test_text_that_stops_being_utf8_half_way_names_the_row():
    head = "Employee number,Full name,Facility code,Cadre\r\n" + "E{0},Karimova,F1,2221\r\n" * 1
    rows = "".join(f"E{n},Karimova,F1,2221\r\n" for n in range(5000))
    content = (head + rows).encode() + "E9,Иванова,F1,2221\r\n".encode("cp1251")
    with pytest.raises(ImportFileError, match="not valid UTF-8"):
        read(SimpleUploadedFile("roster.csv", content))


@pytest.mark.parametrize("kind", ["roster", "facilities"])
@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_template_headings_are_capitalised_and_read_back_in_each_language(kind, language):
    from workforce.imports.tables import columns_for, template_headings

    with translation.override(language):
        headings = template_headings(kind)
    found = match_headings(headings, kind)

    assert all(heading[0].isupper() for heading in headings), headings
    assert set(found) == {column.field for column in columns_for(kind)} - ({"name"} if kind == "facilities" else set())
