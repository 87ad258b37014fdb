"""Dates: forms, never-dates, year inference, lunar calendar, house style, the `dates` command.

The sentences here are written for these tests (not taken from the dev set); the dev-set
figures are checked by test_dev_set_targets and reported by tests/benchmark.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import SHARED, run_cli, validate
from editkit.vietnamese.dates import find_dates, find_impossible_dates

REF = dt.date(2021, 1, 21)


def found(text: str, reference: dt.date | None = REF, style: str | None = None):
    return [(m.text, m.value) for m in find_dates(text, reference, style)]


@pytest.mark.parametrize("text,expected", [
    ("Thứ Sáu, ngày 22 tháng 1 năm 2021", [("Thứ Sáu, ngày 22 tháng 1 năm 2021", "2021-01-22")]),
    ("Thứ sáu, 22/01/2021 - 09:15", [("Thứ sáu, 22/01/2021 - 09:15", "2021-01-22T09:15")]),
    ("T6, 22/01/2021", [("T6, 22/01/2021", "2021-01-22")]),
    ("Chủ nhật, 24/1/2021, 18:20 (GMT+7)", [("Chủ nhật, 24/1/2021, 18:20 (GMT+7)", "2021-01-24T18:20")]),
    ("Biên bản lập ngày 3.2.2020 tại xã.", [("3.2.2020", "2020-02-03")]),
    ("Văn bản ký ngày 15-6-2019.", [("15-6-2019", "2019-06-15")]),
    ("Chiều 18/1, đoàn công tác làm việc tại tỉnh.", [("18/1", "2021-01-18")]),
    ("Rạng sáng 9/1, đám cháy bùng phát.", [("9/1", "2021-01-09")]),
    ("Vào thứ Hai (18/1), trường mở cửa.", [("thứ Hai (18/1)", "2021-01-18")]),
    ("Hội thảo diễn ra ngày 5 tháng Giêng năm 2021 theo âm lịch.", [("ngày 5 tháng Giêng năm 2021", "2021-02-16")]),
    ("Tháng Tư năm 2019, nhà máy đi vào hoạt động.", [("Tháng Tư năm 2019", "2019-04")]),
    ("Cuộc họp bắt đầu lúc 9 giờ 15 ngày 11/1.", [("9 giờ 15 ngày 11/1", "2021-01-11T09:15")]),
    ("Đến 16h45 ngày 19/1/2021, lửa đã được dập tắt.", [("16h45 ngày 19/1/2021", "2021-01-19T16:45")]),
    ("Khoảng 4 giờ chiều ngày 10/1, mưa lớn.", [("4 giờ chiều ngày 10/1", "2021-01-10T16:00")]),
    ("Hội chợ mở cửa từ ngày 3 đến 9/1.", [("từ ngày 3 đến 9/1", "2021-01-03/2021-01-09")]),
    ("Hội nghị diễn ra ngày 7-8-1.", [("ngày 7-8-1", "2021-01-07/2021-01-08")]),
    ("Các ngày 12 và 13/1, đoàn làm việc tại Huế.", [("Các ngày 12 và 13/1", "2021-01-12/2021-01-13")]),
    ("Đợt rét kéo dài 10-14/1.", [("10-14/1", "2021-01-10/2021-01-14")]),
    ("Từ 28/12 đến 3/1, học sinh được nghỉ.", [("Từ 28/12 đến 3/1", "2020-12-28/2021-01-03")]),
    ("Doanh thu quý III/2020 tăng 5%.", [("quý III/2020", "2020-Q3")]),
    ("Trong quý 2 năm 2019, lợi nhuận giảm.", [("quý 2 năm 2019", "2019-Q2")]),
    ("Sáu tháng đầu năm 2020, xuất khẩu tăng.", [("Sáu tháng đầu năm 2020", "2020-01-01/2020-06-30")]),
    ("Nhiệm kỳ 2021 - 2026 có nhiều thách thức.", [("2021 - 2026", "2021/2026")]),
    ("Hôm qua, thành phố ghi nhận mưa.", [("Hôm qua", "2021-01-20")]),
    ("Tối qua, một vụ tai nạn xảy ra.", [("Tối qua", "2021-01-20")]),
    ("Sáng mai, đoàn sẽ lên đường.", [("Sáng mai", "2021-01-22")]),
    ("Tháng trước, giá xăng tăng.", [("Tháng trước", "2020-12")]),
    ("Năm ngày trước, anh về quê.", [("Năm ngày trước", "2021-01-16")]),
    # before an event or before then: counted from the story's time, no date
    ("Vệ tinh chạy thử trong 3 tháng trước khi cung cấp ảnh.", []),
    ("Ba ngày trước đó, ông đã đến.", []),
    ("Trong 3 ngày qua, mưa lớn.", [("3 ngày qua", "2021-01-18/2021-01-21")]),  # the span up to the reference
    ("Trong 2 tuần tới, trời rét đậm.", [("2 tuần tới", "2021-01-22/2021-02-04")]),
    ("Ba tháng nữa, cầu sẽ thông xe.", [("Ba tháng nữa", "2021-04")]),
    ("5 năm qua, kinh tế tăng trưởng.", [("5 năm qua", "2016/2021")]),
    ("Thứ Tư tuần trước, hội nghị khai mạc.", [("Thứ Tư tuần trước", "2021-01-13")]),
    ("Rằm tháng Giêng năm 2021, chùa đông khách.", [("Rằm tháng Giêng năm 2021", "2021-02-26")]),
    ("Mùng 1 Tết năm 1985, cả nhà sum họp.", [("Mùng 1 Tết năm 1985", "1985-01-21")]),
    ("Ngày 23 tháng Chạp âm lịch là ngày ông Công ông Táo.", [("Ngày 23 tháng Chạp âm lịch", "2021-02-04")]),
    ("Từ chiều 20/1 đến sáng 22/1, trời rét đậm.", [("Từ chiều 20/1 đến sáng 22/1", "2021-01-20/2021-01-22")]),
    ("Từ đêm 19/1 đến hết ngày 21/1 có mưa.", [("Từ đêm 19/1 đến hết ngày 21/1", "2021-01-19/2021-01-21")]),
    ("Dịp Tết Tân Sửu, chợ hoa mở cửa.", [("Tết Tân Sửu", "2021-02-12")]),  # the lunar year nearest the reference
    ("Tết Canh Tý năm 2020 đến sớm.", [("Tết Canh Tý năm 2020", "2020-01-25")]),
    ("Sáng mùng 1 Tết Tân Sửu, chùa đông khách.", [("mùng 1 Tết Tân Sửu", "2021-02-12")]),
    ("Đêm giao thừa Tết Tân Sửu, pháo hoa rực sáng.", [("giao thừa Tết Tân Sửu", "2021-02-11")]),  # the eve of Tết
    ("Năm Canh Tý, dịch bệnh bùng phát.", [("Năm Canh Tý", "2020")]),  # a lunar year: the solar year it begins in
    ("Tết năm Tân Sửu đến muộn.", [("Tết năm Tân Sửu", "2021-02-12")]),
    ("Tết Nguyên đán Ất Tỵ 2025 kéo dài 9 ngày.", [("Tết Nguyên đán Ất Tỵ 2025", "2025-01-29")]),
    ("Tết Trung thu Giáp Thìn rơi vào thứ Ba.", [("Tết Trung thu Giáp Thìn", "2024-09-17")]),
    # the first month's full moon and the God of Wealth's day by their names
    ("Tết Nguyên tiêu năm nay phố cổ treo đèn lồng.", [("Tết Nguyên tiêu năm nay", "2021-02-26")]),
    ("Ngày vía Thần Tài năm nay, tiệm vàng đông khách.", [("vía Thần Tài năm nay", "2021-02-21")]),
    ("Đại lễ Phật đản năm nay được tổ chức trang nghiêm.", [("Phật đản năm nay", "2021-05-26")]),
    ("Cập nhật 2021-01-20 10:15, hệ thống bảo trì.", [("2021-01-20 10:15", "2021-01-20T10:15")]),
    # mùng/mồng counts the first days of any month: solar unless Tết, âm lịch or Giêng/Chạp say lunar
    ("Ngày mồng 2 tháng 9 năm 1945, Bác đọc Tuyên ngôn Độc lập.", [("Ngày mồng 2 tháng 9 năm 1945", "1945-09-02")]),
    ("Mùng 1 tháng 6 là ngày của thiếu nhi.", [("Mùng 1 tháng 6", "2020-06-01")]),
    ("Mùng 10 tháng 3 âm lịch năm 2021 là Giỗ Tổ.", [("Mùng 10 tháng 3 âm lịch năm 2021", "2021-04-21")]),
    # a year word after a lunar day names its year (not the month's alone: tháng 3 âm lịch năm nay)
    ("Mùng 10 tháng 3 âm lịch năm nay là Giỗ Tổ.", [("Mùng 10 tháng 3 âm lịch năm nay", "2021-04-21")]),
    ("Giỗ Tổ vào ngày 10 tháng 3 âm lịch năm nay.", [("ngày 10 tháng 3 âm lịch năm nay", "2021-04-21")]),
    ("Giỗ Tổ vào mùng 10/3 âm lịch năm nay.", [("mùng 10/3 âm lịch năm nay", "2021-04-21")]),
    ("Mồng 2 tháng 9 năm sau, đoàn diễu hành.", [("Mồng 2 tháng 9 năm sau", "2022-09-02")]),
    # two days running joined by a comma
    ("Ngày 27, 28/1, trời rét đậm.", [("Ngày 27, 28/1", "2021-01-27/2021-01-28")]),
    # a year written or worded earlier in the sentence is a range's year too, as it is a day's
    ("Năm 2019, khách đi tàu dịp 30/4 - 1/5 tăng.", [("Năm 2019", "2019"), ("30/4 - 1/5", "2019-04-30/2019-05-01")]),
    ("Năm 2019, đoàn đi từ 30/12 đến 2/1.", [("Năm 2019", "2019"), ("từ 30/12 đến 2/1", "2019-12-30/2020-01-02")]),
    # about a day: khoảng after a word of time, where the pair is no proper fraction
    ("Vải chính vụ chín từ khoảng 10/6.", [("10/6", "2020-06-10")]),
    # a time, a comma and a weekday's full date: one mention, its year kept
    ("Thời gian: 8 giờ 30 phút, thứ Bảy, ngày 20/3/2027.", [("8 giờ 30 phút, thứ Bảy, ngày 20/3/2027", "2027-03-20T08:30")]),
    ("7 giờ sáng nay, đoàn xuất phát.", [("7 giờ sáng nay", "2021-01-21T07:00")]),
    ("Khoảng 20h tối qua, xảy ra cháy.", [("20h tối qua", "2021-01-20T20:00")]),
    ("Lúc 2 giờ đêm qua, mưa lớn.", [("2 giờ đêm qua", "2021-01-21T02:00")]),
    ("Sau 9 giờ tối, đường vắng.", [("9 giờ tối", "T21:00")]),  # a part of the day: a time, not a duration
    ("Từ 10h đến 22h, sân bay đóng cửa.", [("Từ 10h đến 22h", "T10:00/T22:00")]),  # a span of the day
    ("Mở cửa 8:00 - 17:30 hằng ngày.", [("8:00 - 17:30", "T08:00/T17:30")]),
    ("Từ 10h đến 22h ngày 7/1, sân bay đóng cửa.", [("Từ 10h đến 22h ngày 7/1", "2021-01-07T10:00/2021-01-07T22:00")]),
    ("Cấm đường từ 22h - 5h ngày 8/1.", [("từ 22h - 5h ngày 8/1", "2021-01-08T22:00/2021-01-09T05:00")]),
    ("Từ 0h đến 24h ngày 1/2, miễn phí vé.", [("Từ 0h đến 24h ngày 1/2", "2021-02-01T00:00/2021-02-02T00:00")]),  # a whole day
    ("Cuối tháng 3 năm nay, cầu thông xe.", [("tháng 3 năm nay", "2021-03")]),  # not last year's March
    ("Tháng 12 năm ngoái, giá tăng.", [("Tháng 12 năm ngoái", "2020-12")]),
    ("Năm 2020 - 2021, trường tuyển 500 sinh viên.", [("2020 - 2021", "2020/2021")]),
    # two dates joined by a dash are a range
    ("Dịp nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày.", [("30/4 - 1/5 năm nay", "2021-04-30/2021-05-01")]),
    ("Kỳ nghỉ từ ngày 30/12-2/1 đã kết thúc.", [("từ ngày 30/12-2/1", "2020-12-30/2021-01-02")]),
    ("Đợt rét ngày 28/12 – 3/1 làm chết rét trâu bò.", [("ngày 28/12 – 3/1", "2020-12-28/2021-01-03")]),
    ("Giai đoạn 1/1/2020 – 31/12/2020 được tính.", [("1/1/2020 – 31/12/2020", "2020-01-01/2020-12-31")]),
    ("Kỷ niệm 46 năm (30/4/1975-30/4/2021).", [("30/4/1975-30/4/2021", "1975-04-30/2021-04-30")]),
    # holidays of the solar calendar
    ("Nhân dịp Quốc khánh 2/9, thành phố treo cờ.", [("Quốc khánh 2/9", "2020-09-02")]),
    ("Dịp Tết Dương lịch 2021, người dân nghỉ 1 ngày.", [("Tết Dương lịch 2021", "2021-01-01")]),
    ("Đêm Giáng sinh năm ngoái, nhà thờ đông người.", [("Đêm Giáng sinh năm ngoái", "2020-12-24")]),
    ("Nhân ngày Nhà giáo Việt Nam 20/11, trường tổ chức lễ.", [("ngày Nhà giáo Việt Nam 20/11", "2020-11-20")]),
    # halves of a year, decades and centuries
    ("Nửa đầu năm 2020, GDP tăng.", [("Nửa đầu năm 2020", "2020-01-01/2020-06-30")]),
    ("Nửa cuối năm nay, xuất khẩu phục hồi.", [("Nửa cuối năm nay", "2021-07-01/2021-12-31")]),
    ("Thập niên 1990, kinh tế mở cửa.", [("Thập niên 1990", "1990/1999")]),
    ("Những năm 80, đời sống khó khăn.", [("Những năm 80", "1980/1989")]),  # not the year 1980
    # spelled out; not a number of years or people, nor eighty-two
    ("Ông lên Hà Nội từ những năm chín mươi.", [("những năm chín mươi", "1990/1999")]),
    ("Thập niên bảy mươi, phố vắng.", [("Thập niên bảy mươi", "1970/1979")]),
    ("Trong những năm sáu mươi tuổi, những năm tám mươi hai người.", []),
    ("Thế kỷ XX chứng kiến nhiều biến động.", [("Thế kỷ XX", "1901/2000")]),
    ("Cuối tháng 12/2020, dự án được duyệt.", [("tháng 12/2020", "2020-12")]),  # month precision, as the dev set labels it
    # the weekday after the date; a two-digit year after a word that announces a date
    ("Hội nghị ngày 22/01/2021 (thứ Sáu) thành công.", [("22/01/2021 (thứ Sáu)", "2021-01-22")]),
    ("Vào 24/1, Chủ nhật, đội thi đấu.", [("24/1, Chủ nhật", "2021-01-24")]),
    ("Ngày 5/10/20, hội nghị họp.", [("5/10/20", "2020-10-05")]),
    # a word of time before it, or every field written with two digits (a form's date)
    ("Nộp hồ sơ trước 1/3/25.", [("1/3/25", "2025-03-01")]),
    ("Hạn chót là 01/10/24.", [("01/10/24", "2024-10-01")]),
    ("Hạn chót là 15.09.24.", [("15.09.24", "2024-09-15")]),
    # a year the word năm names may lie before 1900 (history pieces); a bare or numeric one may not
    ("Nhà thờ được xây dựng từ năm 1875 đến năm 1898.", [("từ năm 1875 đến năm 1898", "1875/1898")]),
    ("Năm 1010, vua Lý Thái Tổ dời đô ra Thăng Long.", [("Năm 1010", "1010")]),
    ("Giai đoạn 1858-1884, thực dân Pháp xâm lược.", [("1858-1884", "1858/1884")]),
    ("Ngày 2 tháng 9 năm 1789, quân Tây Sơn tiến ra Bắc.", [("Ngày 2 tháng 9 năm 1789", "1789-09-02")]),
    ("Mã hàng 1875-1898 đã hết.", []),
    # two years joined by a dash, without a label
    ("Giai đoạn I (2024-2025) hoàn thiện thể chế.", [("2024-2025", "2024/2025")]),
    ("Chiến lược 2021–2030 được thông qua.", [("2021–2030", "2021/2030")]),
    ("Kỷ niệm 80 năm Cách mạng Tháng Tám (1945-2025).", [("Cách mạng Tháng Tám", "1945-08"), ("1945-2025", "1945/2025")]),
    # a list of days whose first day has a cue: every day of it is a date
    ("Các ngày 8/1, 15/1 và 22/1, đội thi đấu.", [("8/1", "2021-01-08"), ("15/1", "2021-01-15"), ("22/1", "2021-01-22")]),
    ("Lịch thi đấu: 8/1, 15/1; 22/1 hoặc 29/1.", [("8/1", "2021-01-08"), ("15/1", "2021-01-15"), ("22/1", "2021-01-22"),
                                                  ("29/1", "2021-01-29")]),
    # events of history named by their month or date
    ("Kỷ niệm 75 năm Cách mạng Tháng Tám và Quốc khánh.", [("Cách mạng Tháng Tám", "1945-08")]),
    ("Cách mạng tháng Mười Nga mở ra thời đại mới.", [("Cách mạng tháng Mười Nga", "1917-11")]),
    ("Vụ khủng bố 11/9 làm rung chuyển nước Mỹ.", [("Vụ khủng bố 11/9", "2001-09-11")]),
    # half past, a quarter to, and the part of the day between the time and the date
    ("Tàu chạy lúc 7 giờ rưỡi tối 22/1.", [("7 giờ rưỡi tối 22/1", "2021-01-22T19:30")]),
    ("Cuộc họp bắt đầu lúc 7 giờ kém 15 phút sáng mai.", [("7 giờ kém 15 phút sáng mai", "2021-01-22T06:45")]),
    ("Lúc 8 giờ tối 20/1, đèn tắt; 8h sáng 21/1 họp.", [("8 giờ tối 20/1", "2021-01-20T20:00"), ("8h sáng 21/1", "2021-01-21T08:00")]),
    ("Ngày 20 tháng 1 năm 2021 lúc 9 giờ sáng, hội nghị khai mạc.", [("Ngày 20 tháng 1 năm 2021 lúc 9 giờ sáng", "2021-01-20T09:00")]),
    ("Ngày 2 tháng 9, 20 đại biểu dự họp.", [("Ngày 2 tháng 9", "2020-09-02")]),  # no time: 20 is a count
    ("Từ 22h hôm nay đến 5h sáng mai, cấm xe tải.", [("Từ 22h hôm nay đến 5h sáng mai", "2021-01-21T22:00/2021-01-22T05:00")]),
    # mốt: the day after tomorrow as the South says it; đêm mai: tomorrow night
    ("Ngày mốt, đoàn đến Huế; tối mốt về.", [("Ngày mốt", "2021-01-23"), ("tối mốt", "2021-01-23")]),
    ("Đêm mai trời rét đậm.", [("Đêm mai", "2021-01-22")]),
    ("Mẫu áo này là mốt mới nhất.", []),
    ("8h sáng mai đến 6h sáng nay.", [("8h sáng mai", "2021-01-22T08:00"), ("6h sáng nay", "2021-01-21T06:00")]),
    # a headline ending with a time over the dateline: the time stays on its line
    ("Cấm xe tải vào nội đô từ 6h đến 21h\nThứ Năm, 21/1/2021 08:30 (GMT+7)",
     [("từ 6h đến 21h", "T06:00/T21:00"), ("Thứ Năm, 21/1/2021 08:30 (GMT+7)", "2021-01-21T08:30")]),
    ("Thứ Năm, 21/1/2021\n8h sáng nay, cháy lớn.", [("Thứ Năm, 21/1/2021", "2021-01-21"), ("8h sáng nay", "2021-01-21T08:00")]),
    # the year's first months, as year-to-date figures are written (not 11 May)
    ("Trong 11 tháng năm 2020, thu ngân sách đạt 1,3 triệu tỉ đồng.", [("11 tháng năm 2020", "2020-01-01/2020-11-30")]),
    ("10 tháng năm ngoái, xuất khẩu tăng.", [("10 tháng năm ngoái", "2020-01-01/2020-10-31")]),
    ("Nửa năm 2020 trôi qua.", [("năm 2020", "2020")]),
    # a bare hour that opens a clause is a time of day
    ("Khoảng 7 giờ, mưa tạnh; 8h, trời sáng.", [("7 giờ", "T07:00"), ("8h", "T08:00")]),
    # two dates joined by đến/tới after a part of the day or "ngày", without "từ"
    ("Tối 31/12/2020 đến rạng sáng 1/1/2021, pháo hoa được bắn.",
     [("Tối 31/12/2020 đến rạng sáng 1/1/2021", "2020-12-31/2021-01-01")]),
    ("Ngày 5/1 đến 7/1, hội chợ diễn ra.", [("Ngày 5/1 đến 7/1", "2021-01-05/2021-01-07")]),
    # a span of hours with its unit and part of the day written once
    ("Cấm xe từ 7 đến 9 giờ sáng và từ 4 đến 7 giờ tối.", [("từ 7 đến 9 giờ sáng", "T07:00/T09:00"),
                                                          ("từ 4 đến 7 giờ tối", "T16:00/T19:00")]),
    ("Từ 5 đến 7 giờ, đường ùn tắc.", [("Từ 5 đến 7 giờ", "T05:00/T07:00")]),
    ("Cấm xe từ 7 đến 9 giờ sáng 22/1.", [("từ 7 đến 9 giờ sáng 22/1", "2021-01-22T07:00/2021-01-22T09:00")]),
    # a time before a weekday and its date is that day's time
    ("Phiên họp bắt đầu lúc 8 giờ sáng thứ Sáu (22/1).", [("8 giờ sáng thứ Sáu (22/1)", "2021-01-22T08:00")]),
    ("Lúc 9h tối Chủ nhật 24/1, đoàn xuất phát.", [("9h tối Chủ nhật 24/1", "2021-01-24T21:00")]),
    ("Vào 7h30, thứ Hai, ngày 25 tháng 1, trường chào cờ.", [("7h30, thứ Hai, ngày 25 tháng 1", "2021-01-25T07:30")]),
    # since a day, a month, a quarter or a year until now: from its first day to the reference
    ("Từ năm 2020 đến nay, tỉnh thu hút 50 dự án.", [("Từ năm 2020 đến nay", "2020-01-01/2021-01-21")]),
    # from the beginning of a year or a month to now; the end or the middle names no day
    ("Từ đầu năm 2020 đến nay, tỉnh thu hút 50 dự án.", [("Từ đầu năm 2020 đến nay", "2020-01-01/2021-01-21")]),
    ("Từ cuối năm 2019 đến nay, giá giảm.", [("năm 2019", "2019")]),
    ("Kể từ ngày 1/10 đến nay, giá xăng tăng.", [("Kể từ ngày 1/10 đến nay", "2020-10-01/2021-01-21")]),
    ("Từ tháng 3.2020 cho đến hiện nay, trời hạn.", [("Từ tháng 3.2020 cho đến hiện nay", "2020-03-01/2021-01-21")]),
    ("Từ quý II/2020 đến nay, xuất khẩu tăng.", [("Từ quý II/2020 đến nay", "2020-04-01/2021-01-21")]),
    ("Từ năm 2020 đến năm 2025, dân số tăng.", [("Từ năm 2020 đến năm 2025", "2020/2025")]),
    ("Kể từ 2019 tới nay, giá nhà tăng gấp đôi.", [("Kể từ 2019 tới nay", "2019-01-01/2021-01-21")]),
    # the last weekday of that name before the reference (a Thursday)
    ("Hôm thứ Ba vừa qua, ông ký; Chủ nhật vừa rồi (17/1), trời mưa.",
     [("thứ Ba vừa qua", "2021-01-19"), ("Chủ nhật vừa rồi (17/1)", "2021-01-17")]),
    # a CMS's written date with its year after a comma, and a month with its year after a dot
    ("26 Tháng 11, 2020 | 08:15", [("26 Tháng 11, 2020 | 08:15", "2020-11-26T08:15")]),
    ("Thứ Năm, 21 tháng 1, 2021", [("Thứ Năm, 21 tháng 1, 2021", "2021-01-21")]),
    ("Ngày 2 tháng 9, 2020 người dự lễ.", [("Ngày 2 tháng 9", "2020-09-02")]),  # 2020 people, not the year
    ("Tháng 11.2020, doanh số tăng.", [("Tháng 11.2020", "2020-11")]),
    # weeks counted before "sau" are a story's own time; without a count, next week
    ("Hai tuần sau, kết quả có; tuần sau họp tiếp.", [("tuần sau", "2021-01-25/2021-01-31")]),
    # a plural's word before them: the coming years, the weeks before (not next year, last week)
    ("Những năm tới, các tuần trước và năm tới.", [("năm tới", "2022")]),
])
def test_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("Hà Nội, ngày 18/1/2024\n\nTin chính", "dateline"),
    ("TP.HCM, 2/3/2024.\nTin chính", "dateline"),
    ("Đắk Lắk, ngày 10/5/2024", "dateline"),
    ("Mát-xcơ-va, ngày 20/12/2026\n\nTin chính", "dateline"),  # a foreign place spelled out with hyphens
    ("Oa-sinh-tơn, ngày 20/12/2026", "dateline"),
    ("Ông nói Hà Nội, ngày 18/1/2024 là ngày đẹp.", "date"),  # not a line of its own
    ("Hà Nội, ngày 18/1 trời mưa", "date"),  # no year: a day in the text
    ("hôm ấy, 18/1/2024", "date"),  # no place name
    ("TP.HCM, Thứ Hai, ngày 24/11/2026\n\nTin chính", "dateline"),  # a place before the weekday
    ("Hà Nội, Thứ Hai, ngày 24/11/2026 08:30", "dateline"),
    ("Theo ông, thứ Hai, ngày 24/11/2026 là hạn chót.", "date"),  # in a sentence
    # a dateline opening the lead on its line, maybe with the agency's tag
    ("Hà Nội, ngày 2/12/2026 - Theo Trung tâm Dự báo, trời rét.", "dateline"),
    ("Lâm Đồng, 9/12/2026 (TTXVN) – Một xe tải bị lật trên đèo.", "dateline"),
    ("Ông nói Hà Nội, ngày 2/12/2026 - ngày ấy trời rét.", "date"),  # no line start
    ("Từ 2/12/2026 - 5/12/2026, trời rét.", "range"),  # no place
    ("Thứ Tư, ngày 2/12/2026 - Theo Trung tâm Dự báo, trời rét.", "dateline"),  # the weekday's, opening the lead
    ("Hà Nội, thứ Tư, ngày 2/12/2026 (TTXVN) - Trời rét.", "dateline"),
    # a notice's item: a label, the date and a full stop (a CMS's stamp has no stop)
    ("Thời gian: 8 giờ 30 phút, thứ Bảy, ngày 20/3/2027.", "date"),
    ("Thời gian: 20/3/2027.", "date"),
    ("Thời gian: 20/3/2027", "dateline"),
])
def test_a_place_and_date_on_a_line_of_their_own_is_a_dateline(text, kind):
    (mention,) = [m for m in find_dates(text, REF) if m.day is not None]
    assert mention.kind == kind


@pytest.mark.parametrize("lead", ["Chiều 25/2, HĐND tỉnh bế mạc kỳ họp.", "Tối 27/2, trên sân Thiên Trường, đội nhà thắng."])
def test_a_dateline_opening_the_lead_is_no_range_with_the_leads_first_day(lead):
    """``Nghệ An, ngày 26/2/2027 - Chiều 25/2, …``: the dash ends the dateline; the capitalised part
    of the day opens the lead (read as a range, it took the article's reference with it)."""
    found = find_dates("Nghệ An, ngày 26/2/2027 - " + lead, None)
    assert [(m.kind, m.value) for m in found][0] == ("dateline", "2027-02-26") and found[1].kind == "date"


@pytest.mark.parametrize("text", [
    "Theo Nghị định 30/2020/NĐ-CP, văn bản phải đúng thể thức.",
    "Thực hiện Chỉ thị số 23-CT/TU của Thành ủy.",
    "Quyết định 1234/QĐ-UBND đã được ban hành.",
    "Đội khách thắng 2-1 trong hiệp phụ.",
    "Kéo giảm 75,15%/75% số vụ vi phạm.",
    "Cửa hàng ở hẻm 7/10 đường Nguyễn Trãi.",
    "Nhà số 12/4 đường 3/2, quận 10.",
    "Em học lớp 12/3 trường THPT Lê Quý Đôn.",
    "Nâng cấp hoàn thành 14/11 tuyến đường, hẻm.",
    "Đã thực hiện được 128/39 công trình.",
    "Ứng dụng phiên bản 3.5 hỗ trợ tiếng Việt.",
    "Xe mang biển số 30A-123.45 bị tạm giữ.",
    "Ông ở phòng 4.12 khu ký túc xá.",
    "Hai đội hòa 2-2 sau hai hiệp.",
    "Đây là lần thứ năm anh đoạt giải.",
    "Có 4/5 thành viên đồng ý.",
    "Thời gian chờ giảm từ 3-4 giờ xuống còn 30 phút.",
    "Trẻ từ 5-7 tuổi được tiêm vắc xin.",
    "Bệnh nhân cần nghỉ ngơi từ 2-3 ngày.",
    "Không có năm nào tên là Tết Giáp Sửu.",  # a yang stem never pairs with a yin branch
    "Mã lô hàng 2021-13-45 không hợp lệ.",
    "Rừng chiếm 1/3 - 2/3 diện tích các xã.",  # fractions joined by a dash
    "HLV sử dụng đội hình 3-4-3 với hai tiền vệ cánh.",  # a formation, not the days 3-4 of March
    "Sơ đồ 4-2-3-1 được áp dụng từ đầu trận.",
    "Đạt 3/5, 4/5 và 5/5 tiêu chí.",  # a list of fractions
    "Rút ngắn thời gian 1/2 so với trước.",  # a label is a cue only with its colon
    "Tỷ lệ 1/5 - 1/4 là hợp lý.",
    "Tập 1/2 - 3/2 đã phát hành.",  # no word of time around them
    "Cầu thiết kế theo TCVN 11823-2017.",  # a standard's number and year
    "Hồ sơ số 2019-2020 đã được lưu.",  # a number
    "Tỷ lệ 1/2/24 không đổi.",  # a two-digit year needs a word that announces a date
    "Tỷ lệ 01/02/24 không đổi.",  # nor after a word that says a number follows
    "Tỷ lệ từ khoảng 1/3 đến 1/2.",  # a ratio's word across từ, khoảng and the span's first pair
    "Tỷ lệ từ 1/3 đến 1/2.",
    "Từ khoảng 1/3 đến 1/2 diện tích bị hại.",  # fractions: the noun after the second counts the first too
    "Từ 1/3 đến 1/2 diện tích bị hại.",
    "Văn bản số 01/10/24 đã lưu.",
    "Hạn chót là 1/10/24.",  # a one-digit field is no form's date
    "Thập niên 20 của thế kỷ này sẽ khác.",  # the 1920s or the 2020s: not said
    "Mừng Quốc khánh Trung Quốc, đại sứ quán tổ chức tiệc.",  # another country's national day
    "Anh làm việc 24 giờ qua đêm.",  # hours counted, not a time of day, nor the last day (qua đêm: overnight)
    "Anh về nhất với thành tích 2 giờ 14 phút 52 giây.",  # a race's time
    "Thời gian di chuyển rút ngắn từ gần 3 giờ xuống còn khoảng 1 giờ 30 phút.",  # a time cut down to
    "Thời gian chờ giảm còn 2 giờ 15 phút.",
    "Thời gian bay khoảng 8 giờ 15 phút.",  # a journey's time
    "Chị cán đích với 2 giờ 48 phút 10 giây, phá kỷ lục.",
    "Sau 2 giờ, lửa được dập tắt; cuộc họp kéo dài 3 giờ liên tục.",
    "Đoàn đi 3 ngày tới Huế bằng xe đạp.",  # three days' travel to Huế
    "Nghề đan ở làng có từ hàng trăm năm trước.",  # a count of years (hundreds), not last year
    "Làng gốm giữ nghề mấy chục năm nay.",
    "Gần hai mươi năm nay, cụ bán trà ở góc phố.",
    "Thiên hà hình thành 280 triệu năm sau Vụ Nổ Lớn.",  # millions of years
    "Hàng tỷ năm trước, Trái Đất nóng chảy.",
    "Ca khúc Noel được yêu thích.",  # the holiday's songs, not its day
    "Đợt này tăng 2025-2019 so với kế hoạch.",  # the second year before the first
    # a day, a month or a holiday that comes round every year is no one date
    "Ngày 20 tháng 10 hằng năm là Ngày Phụ nữ Việt Nam.",
    "Các cấp ủy báo cáo trước ngày 30/6 hằng năm.",
    "Tháng 9 hàng năm, học sinh tựu trường; Rằm tháng Giêng mỗi năm, lễ hội lại diễn ra.",
    "Ngày 10/3 âm lịch hằng năm, du khách về Phú Thọ.",  # the calendar named before "hằng năm"
    "Ngày 7 tháng 10 âm lịch hằng năm, làng giỗ tổ nghề.",  # not "Ngày 7 tháng 1" cut out of the month's 10
    # and so are the days and months listed before the one the words follow, and spans of them
    "Đỉnh dịch sốt xuất huyết ở miền Bắc thường rơi vào tháng 9 và tháng 10 hằng năm.",
    "Hội chợ mở vào tháng 3, tháng 6 và tháng 9 hằng năm; chợ phiên họp ngày 5 và 6/9 hằng năm.",
    "Mùa mưa bão kéo dài từ tháng 6 đến tháng 11 hằng năm.",
    "Lễ hội diễn ra từ ngày 10 đến 12 tháng 3 âm lịch hằng năm.",
    # or opening its sentence
    "Hằng năm, vào ngày 8 tháng Tư âm lịch, chùa mở hội với nghi lễ rước Tứ Pháp.",
    # or a sentence that tells what comes back each time (Cứ đến …, Mỗi độ …)
    "Cứ đến tháng Mười, tháng Một âm lịch, khi những cơn gió bấc đầu mùa thổi về, tôi lại nhớ bà.",
    "Mỗi độ tháng Chạp về, chợ hoa lại đông. Cứ vào ngày 20/11, học trò lại về thăm thầy.",
    "(Văn hóa) - Cứ đến tháng Mười, khi những cơn gió bấc thổi về, tôi lại nhớ bà.",  # after a lead's source tag
    "Mỗi năm vào tháng 2, tháng 3, hoa ban nở trắng núi rừng Tây Bắc.",
    # hours counted: a bare "7 giờ" inside a clause is no time of day
    "Bệnh nhân phải mất từ 5 đến 7 giờ để hồi phục.",
    # a score or a share "or more" (IELTS từ 5.5 trở lên had been the 5th of May, and DT106 asked for 5/5)
    "Nhiều trường quy đổi IELTS từ 5.5 trở lên thành điểm môn tiếng Anh; học sinh đạt từ 6/10 trở lên được khen.",
    # a day's length (had been the times 10:49 and 11:34)
    "Thời gian ban ngày chỉ khoảng 10 giờ 49 phút. Ở TP.HCM, ngày dài hơn, khoảng 11 giờ 34 phút.",
    "Anh ngủ 7 giờ một ngày; cửa hàng mở cửa 24 giờ.",
    "Đoàn đi bộ 6 giờ mới tới bản, nước lên 3 giờ rồi rút.",
    # weeks, months and years counted from the story's last event, or for so long until now
    "Hai tuần sau, kết quả xét nghiệm có. Một tháng sau, công trình hoàn thành.",
    "Vài năm sau, anh trở lại quê nhà; 2 năm sau, anh mở xưởng.",
    "Hai năm nay, giá nông sản bấp bênh; mấy tháng nay trời không mưa.",
    # a score after a word of the game that is also a date cue (đầu, trước)
    "Anh thua set đầu 4-6 vì mắc nhiều lỗi giao bóng kép.",
    "Đội nhà dẫn trước 2-1 đến phút cuối; kết thúc hiệp đầu 1-0 nghiêng về chủ nhà.",
    # a number word after tháng before lần or lượt counts times (once every twelve months)
    "Người tham gia chọn đóng hằng tháng, 3 tháng, 6 tháng hoặc 12 tháng một lần; mỗi tháng hai lượt.",
    # hours counted in a range written with a dash, after ngày too
    "Uống thuốc cách nhau ít nhất 4 - 6 giờ; mỗi ngày 2 - 3 tiếng đọc sách, mỗi ngày 2-3 giờ chạy bộ.",
])
def test_never_dates(text):
    assert found(text) == []


@pytest.mark.parametrize("line", ["Cập nhật: 18/01/2021 08:30", "Ngày đăng: 18/01/2021", "Đăng lúc 08:30 18/01/2021",
                                  "08:30 | 18/01/2021", "Lê Hằng | 18/01/2021 10:20 AM"])  # (the author, a bar: Kenh14)
def test_a_publication_stamp_of_a_news_site_is_the_dateline(line):
    mentions = find_dates(line + "\n\nNgày 7/10, hội nghị đã họp.", None)
    assert [m.kind for m in mentions if m.value and m.value.startswith("2021-01-18")] == ["dateline"]
    assert find_dates("Hội nghị diễn ra 18/01/2021", None)[0].kind == "date"  # running text is no dateline
    assert find_dates("Giá vàng tăng mạnh | 18/01/2021", None)[0].kind == "date"  # nor a headline's words before a bar


def test_a_stamp_ending_on_its_time_keeps_it_from_the_leads_first_day():
    """``28/11/2026 09:12`` over ``Chiều 27/11, …``: the stamp's time had been read with the lead's day on the next
    line (``09:12\nChiều 27/11``, a time of the 27th), leaving the page no dateline; a sentence under a line that ends
    on a word of time opens on its own (``… mỗi năm`` / ``Sau ba năm …`` is no next year)."""
    text = "Lốc xoáy cuốn bay mái nhà ở Quảng Ngãi\n28/11/2026 09:12\nChiều 27/11, lốc xoáy kèm mưa lớn làm tốc mái 15 nhà.\n"
    assert [(m.text, m.value, m.kind) for m in find_dates(text, None)] == [
        ("28/11/2026 09:12", "2026-11-28T09:12", "dateline"), ("27/11", None, "partial")]  # (its year: the dateline's)
    text = "Cô gái bỏ phố về quê trồng dâu tây, thu nửa tỷ mỗi năm\nSau ba năm làm kế toán, cô về Lâm Đồng.\n"
    assert find_dates(text, dt.date(2026, 11, 28)) == []
    assert [m.value for m in find_dates("Giá điện sẽ tăng vào năm\nsau.", dt.date(2026, 11, 28))] == ["2027"]


@pytest.mark.parametrize("text,expected", [
    # a line ending on a date's first words and a sentence opening on a word of time under it: two things
    ("Khai mạc lễ hội hoa ngày 27\nTháng 11, trời Đà Lạt se lạnh.", [("Tháng 11", "2026-11")]),
    ("Lễ kỷ niệm 27\nTuần tới, trời rét đậm.", [("Tuần tới", "2026-11-30/2026-12-06")]),
    ("Giá lúa chín tháng\nNăm 2025, giá tăng mạnh.", [("Năm 2025", "2025")]),
    ("Tin mới lúc 8h\n20h30, trận đấu bắt đầu.", [("8h", "T08:00"), ("20h30", "T20:30")]),
    ("Bản tin lúc 8h\nSáng nay, trời mưa.", [("8h", "T08:00"), ("Sáng nay", "2026-11-28")]),
    # a text wrapped at a width keeps its dates whole across the break: a weekday's name, a lowercase word
    ("Đoàn đến hôm thứ\nNăm, sau đó về nước vào ngày\n30/11.", [("hôm thứ\nNăm", "2026-11-26"), ("30/11", "2026-11-30")]),
    ("Lễ hội diễn ra vào tháng\nNăm năm sau.", [("tháng\nNăm năm sau", "2027-05")]),
])
def test_a_date_does_not_reach_into_the_next_lines_sentence(text, expected):
    assert [(m.text, m.value) for m in find_dates(text, dt.date(2026, 11, 28))] == expected


def test_an_iso_date_on_a_line_of_its_own_is_the_dateline():
    mention, = find_dates("2021-01-20 10:15\n\nHà Nội mở thêm tuyến buýt mới.", None)
    assert (mention.kind, mention.value) == ("dateline", "2021-01-20T10:15")
    mention, = find_dates("2021-01-20T10:15:00+07:00\n\nHà Nội mở thêm tuyến buýt mới.", None)  # with its offset
    assert (mention.text, mention.kind, mention.value) == ("2021-01-20T10:15:00+07:00", "dateline", "2021-01-20T10:15")
    # year first with slashes, as some CMSs print it (not a document's number: 2026/11/20/QĐ)
    mention, = find_dates("Cập nhật 2026/11/20 10:00\n\nHà Nội mở thêm tuyến buýt mới.", None)
    assert (mention.text, mention.kind, mention.value) == ("2026/11/20 10:00", "dateline", "2026-11-20T10:00")
    assert find_dates("Văn bản số 2026/11/20/QĐ được ban hành.", None) == []


def test_a_relative_word_after_a_dateline_keeps_its_gloss():
    """The dateline's year at the end of the line above is no count before 'Hôm qua'."""
    text = "Thứ Sáu, 22/1/2021\n\nHôm qua (20/1), đoàn đã làm việc tại Huế."
    assert found(text)[1] == ("Hôm qua (20/1)", "2021-01-20")
    assert found("Cách đây 3 năm trước, đoàn tới.") == [("Cách đây 3 năm trước", "2018")]  # not also năm trước alone


def test_a_relative_day_and_its_bracketed_date_must_agree():
    """Published Friday 22/1/2021: hôm qua is 21/1, thứ Hai tuần sau 25/1; the bracketed date is
    the value, the day the words name is kept for DT108."""
    (yesterday,) = find_dates("Hôm qua (20/1), đoàn đã làm việc.", REF + dt.timedelta(days=1))
    assert yesterday.value == "2021-01-20" and yesterday.named_day == dt.date(2021, 1, 21)
    (monday,) = find_dates("Thứ Hai tuần sau (1/2), trường khai giảng.", REF + dt.timedelta(days=1))
    assert monday.value == "2021-02-01" and monday.named_day == dt.date(2021, 1, 25)
    (right,) = find_dates("Thứ Hai tuần sau (25/1), trường khai giảng.", REF + dt.timedelta(days=1))
    assert right.value == "2021-01-25" and right.named_day is None


def test_year_inference():
    # the most recent occurrence on or before the reference
    assert found("Ngày 25/12, đoàn đã về.", dt.date(2021, 1, 10)) == [("25/12", "2020-12-25")]
    # the next occurrence on future cues
    assert found("Hội nghị sẽ diễn ra ngày 5/2.", dt.date(2021, 1, 10)) == [("5/2", "2021-02-05")]
    assert found("Dự kiến ngày 1/4 công trình khánh thành.", dt.date(2021, 1, 10)) == [("1/4", "2021-04-01")]
    # without a cue, a day or month up to 60 days ahead whose last occurrence is half a year back is
    # the coming one (the news writes the year of a date that far back); further ahead, the past one
    assert found("Ngày 15/3, trường tổ chức lễ kỷ niệm.", dt.date(2021, 1, 21)) == [("15/3", "2021-03-15")]
    assert found("Tháng 3, giá điện tăng.", dt.date(2021, 1, 21)) == [("Tháng 3", "2021-03")]
    assert found("Tháng 3 vừa qua, giá điện tăng.", dt.date(2021, 1, 21)) == [("Tháng 3", "2020-03")]
    assert found("Ngày 15/6, trường tổ chức lễ kỷ niệm.", dt.date(2021, 1, 21)) == [("15/6", "2020-06-15")]
    # a range resolves its end first and spans the new year
    assert found("Từ 31/12 đến 3/1, phố đi bộ mở cửa.", dt.date(2021, 1, 6)) == [("Từ 31/12 đến 3/1", "2020-12-31/2021-01-03")]
    # an explicit year earlier in the sentence carries over
    assert found("Năm 2018, ngày 3/4 nhà máy khởi công.", dt.date(2021, 1, 10)) == [("Năm 2018", "2018"), ("3/4", "2018-04-03")]
    # no reference: no year
    assert found("Ngày 25/12, đoàn đã về.", None) == [("25/12", None)]
    mention, = find_dates("Ngày 25/12, đoàn đã về.", dt.date(2021, 1, 10))
    assert mention.year_inferred


def test_a_weekday_after_its_date_is_checked_too():
    (mention,) = find_dates("Hội nghị ngày 21/01/2021 (thứ Sáu) đã bế mạc.", REF)
    assert mention.weekday_mismatch and mention.kind == "date"  # 21/1/2021 is a Thursday; no dateline mid-sentence
    (mention,) = find_dates("Hội nghị ngày 22/01/2021 (thứ Sáu) đã bế mạc.", REF)
    assert not mention.weekday_mismatch


@pytest.mark.parametrize("line,kind", [
    ("Thứ Năm, ngày 14/3/2024, trời nắng nóng trên cả nước.", "date"),
    ("Thứ Năm, ngày 14/3/2024, Quốc hội thảo luận về dự án luật.", "date"),
    # a site's furniture after the dateline on its line is no sentence
    ("Thứ Năm, 14/03/2024 08:30 GMT+7 Chia sẻ", "dateline"),
    ("Thứ Năm, 14/03/2024 | 08:30 | Theo Báo Mới", "dateline"),
    ("Thứ năm, 14/3/2024 - 08:30 (Giờ Việt Nam)", "dateline"),
    ("Thứ Năm, 14/03/2024, 08:30 (GMT+07:00)", "dateline"),
    # a time of day after the date is a CMS's stamp, in words too
    ("Thứ năm, ngày 14/03/2024, lúc 08:30", "dateline"),
    ("Thứ Năm, 14/03/2024 08:30 sáng", "dateline"),
    ("Thứ Năm ngày 14/03/2024 giờ 08:30", "dateline"),
])
def test_a_sentence_that_opens_with_its_weekday_and_date_is_no_dateline(line, kind):
    """The dateline is the date's own line; a sentence that goes on after the date is running text
    (DT104 and DT105 look at it; DT103 does not compare it with the front matter)."""
    mention = find_dates(line + "\n\nNội dung của bài báo.\n", None)[0]
    assert (mention.value, mention.kind) == ("2024-03-14" if kind == "date" else mention.value, kind)


def test_weekday_mismatch_and_impossible_dates():
    mention, = find_dates("Thứ Hai, 20/1/2021", None)
    assert mention.weekday_mismatch and mention.kind == "dateline"
    mention, = find_dates("Thứ Tư, 20/1/2021", None)
    assert not mention.weekday_mismatch
    assert [m.text for m in find_impossible_dates("Ngày 31/4 và ngày 29/2/2021 không có; 13/13 phường.")] == ["31/4", "29/2/2021"]


@pytest.mark.parametrize("style,expected", [
    ("d/m/yyyy", ["29/12", "5/2/2023"]), ("dd/mm/yyyy", ["29/12", "05/02/2023"]),
    ("d-m-yyyy", ["29-12", "5-2-2023"]), ("iso", ["2020-12-29", "2023-02-05"]),
    ("nd30", ["ngày 29 tháng 12 năm 2020", "ngày 05 tháng 02 năm 2023"]),
])
def test_normalized(style, expected):
    mentions = find_dates("Sáng 29.12, văn bản ký 5/2/2023.", dt.date(2021, 1, 3), style)
    assert [m.normalized for m in mentions] == expected


@pytest.mark.parametrize("style,expected", [
    ("d/m/yyyy", ["từ 28/12 đến 3/1", "ngày 7-8/1", "30/4 - 1/5 năm nay"]),
    ("dd/mm/yyyy", ["từ 28/12 đến 03/01", "ngày 07-08/01", "30/04 - 01/05 năm nay"]),
    ("d.m.yyyy", ["từ 28.12 đến 3.1", "ngày 7-8.1", "30.4 - 1.5 năm nay"]),
    ("iso", [None, None, None]),  # a range in ISO or ND30 would be a sentence: left as written
    ("nd30", [None, None, None]),
])
def test_both_ends_of_a_range_take_the_house_style(style, expected):
    mentions = find_dates("Nghỉ từ 28.12 đến 03/1, ngày 07-08/01 và dịp lễ 30/04 - 01/5 năm nay.", REF, style)
    assert [m.kind for m in mentions] == ["range"] * 3
    assert [m.normalized for m in mentions] == expected


def test_dates_command_json_validates(isolated_dir):
    (isolated_dir / "a.md").write_text(
        "---\ntitle: Bài\ndate: 2021-01-21\n---\nThứ Năm, ngày 21 tháng 1 năm 2021\n\n"
        "Ngày 7/10, hội nghị đã họp. Từ 30/12 đến 2/1, khách tăng. Hôm qua trời mưa.\n", encoding="utf-8")
    run = run_cli("dates", "--format", "json", "a.md")
    assert run.exit_code == 0, run.stderr
    data = run.json()
    validate(data, "dates-output.schema.json")
    assert data["reference"] == "2021-01-21"
    text = (isolated_dir / "a.md").read_text("utf-8")
    for item in data["dates"]:
        assert text[item["start"]:item["end"]] == item["text"]
    assert [d["value"] for d in data["dates"]] == ["2021-01-21", "2020-10-07", "2020-12-30/2021-01-02", "2021-01-20"]
    assert run_cli("dates", "a.md").exit_code == 0


def test_every_form_of_this_release_validates_against_the_contract(isolated_dir):
    (isolated_dir / "editkit.toml").write_text('date-style = "dd/mm/yyyy"\n', encoding="utf-8")
    (isolated_dir / "a.md").write_text(
        "---\ntitle: Bài\ndate: 2021-01-21\n---\n"
        "Dịp 30/4 - 1/5 năm nay, Cách mạng Tháng Tám, ngày 22/01/2021 (thứ Sáu), ngày 5/10/20, nửa đầu năm 2020, "
        "thập niên 1990, thế kỷ XX, Quốc khánh 2/9, ngày Nhà giáo Việt Nam 20/10, Chiến lược 2021-2030, "
        "các ngày 8/1, 15/1 và 22/1, từ 10h đến 22h, từ 22h - 5h ngày 8/1, trong 24 giờ tới. "
        "Đêm 20 rạng sáng 21/1, mưa. Từ tháng 3/2019 đến tháng 12/2020, ông nhận tiền. Thứ Tư, ngày 20 tháng 1, "
        "lúc 9:30 PM ngày 19/1, khoảng 5h sáng nay (21/1).\n", encoding="utf-8")
    data = run_cli("dates", "--format", "json", "a.md").json()
    validate(data, "dates-output.schema.json")
    text = (isolated_dir / "a.md").read_text("utf-8")
    assert all(text[d["start"]:d["end"]] == d["text"] for d in data["dates"])
    assert {"1945-08", "2021-01-22", "2020-10-05", "1990/1999", "1901/2000", "T10:00/T22:00", "2021-01-20/2021-01-21",
            "2019-03/2020-12", "2021-01-20", "2021-01-19T21:30", "2021-01-21T05:00"} <= {d["value"] for d in data["dates"]}
    # hours counted are no time of day; the coming 24 hours are the reference and the day after it
    assert [(d["kind"], d["value"]) for d in data["dates"] if "24 giờ" in d["text"]] == [("relative", "2021-01-21/2021-01-22")]
    lint = run_cli("lint", "--format", "json", "--select", "DT", "a.md").json()
    validate(lint, "lint-output.schema.json")
    assert {"DT106", "DT109"} <= {d["rule"] for d in lint["files"][0]["diagnostics"]}


def test_dates_command_reference_sources(isolated_dir):
    (isolated_dir / "b.txt").write_text("Thứ Hai, 18/01/2021\n\nNgày 7/10, hội nghị đã họp.\n", encoding="utf-8")
    assert run_cli("dates", "--format", "json", "b.txt").json()["reference"] == "2021-01-18"
    assert run_cli("dates", "--format", "json", "--ref", "2020-12-01", "b.txt").json()["reference"] == "2020-12-01"
    (isolated_dir / "c.txt").write_text("Ngày 7/10, hội nghị đã họp.\n", encoding="utf-8")
    data = run_cli("dates", "--format", "json", "c.txt").json()
    assert data["reference"] is None and data["dates"][0]["value"] is None
    validate(data, "dates-output.schema.json")
    # a front-matter date written day first is still the publication date (ST114 reports its form)
    (isolated_dir / "d.md").write_text("---\ntitle: x\ndate: 18/01/2021\n---\n\nNgày 7/10, hội nghị đã họp.\n",
                                       encoding="utf-8")
    assert run_cli("dates", "--format", "json", "d.md").json()["reference"] == "2021-01-18"


def test_dates_command_bad_input(isolated_dir):
    run = run_cli("dates", "missing.txt")
    assert run.exit_code == 2 and "missing.txt" in run.stderr
    stdin = run_cli("dates", "--format", "json", "--ref", "2021-01-05", "-", input="Từ 30/12 đến 2/1.".encode())
    assert stdin.json()["dates"][0]["value"] == "2020-12-30/2021-01-02"


def test_dates_command_takes_several_inputs(isolated_dir):
    """Files and folders as lint takes them; jsonl is one contract object per input with its path;
    a file that cannot be read is one line on stderr and exit 2 after the others were shown."""
    (isolated_dir / "editkit.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text("Thứ Hai, 18/01/2021\n\nNgày 7/10, hội nghị đã họp.\n", encoding="utf-8")
    (isolated_dir / "desk").mkdir()
    (isolated_dir / "desk" / "b.md").write_text("---\ntitle: x\ndate: 2026-11-24\n---\n\nHọp tháng 12.\n", encoding="utf-8")
    (isolated_dir / "drafts").mkdir()
    (isolated_dir / "drafts" / "c.txt").write_text("Ngày 1/1/2020.\n", encoding="utf-8")
    run = run_cli("dates", "--format", "jsonl", "a.txt", "missing.txt", ".")
    assert run.exit_code == 2
    assert run.stderr.count("\n") == 1 and "missing.txt" in run.stderr
    objects = [json.loads(line) for line in run.stdout.splitlines()]
    for item in objects:
        validate(item, "dates-output.schema.json")  # the path is an added, optional field
    assert [(o["path"], o["reference"]) for o in objects] == [  # a.txt once, though named and in "."
        ("a.txt", "2021-01-18"), (str(Path(".") / "desk" / "b.md"), "2026-11-24")]
    assert objects[1]["dates"][0]["value"] == "2026-12"
    text = run_cli("dates", "a.txt", "desk")
    assert text.exit_code == 0 and "Dates in a.txt" in text.stdout and "b.md" in text.stdout
    several = run_cli("dates", "--format", "json", "a.txt", "desk")
    assert several.exit_code == 2 and "jsonl" in several.stderr and not several.stdout
    assert run_cli("dates", "-", "-", input="Ngày 1/1/2020.").exit_code == 2


def test_dev_set_targets():
    from date_scoring import editkit_finder, score

    path = SHARED / "corpus" / "dates-dev.tsv"
    if not path.exists():
        pytest.skip("../shared is not beside the checkout")
    result = score(Path(path), editkit_finder)
    assert result.precision("strict") >= 0.97 and result.recall("strict") >= 0.95
    assert result.recall("loose") >= 0.80
    assert result.negative_fired <= 1
    assert result.mismatch_caught == result.mismatch_labels and result.mismatch_false == 0


def test_a_text_without_full_stops_full_of_dates_is_not_quadratic():
    """5,000 dates in one 'sentence': every mention searched the whole text for its cues (12 s). Each run takes
    about 1.3 s on an idle machine; the bound leaves room for a loaded one and still catches the quadratic ones."""
    import time

    started = time.perf_counter()
    assert len(find_dates("ngày 1/1 " * 5000, REF)) == 5000
    assert time.perf_counter() - started < 6
    started = time.perf_counter()  # a list of 20,000 numbers: each start tried the whole list (minutes)
    assert find_dates("1, " * 20000, REF) == []
    assert time.perf_counter() - started < 6
    started = time.perf_counter()  # a list of 5,000 days: each day read the rest of the list for a hằng năm (11 s)
    assert len(find_dates("ngày 1/1 và " * 5000, REF)) == 5000
    assert time.perf_counter() - started < 6


def test_date_style_fix_rewrites_both_ends_of_a_range(isolated_dir):
    (isolated_dir / "editkit.toml").write_text('date-style = "dd/mm/yyyy"\n', encoding="utf-8")
    article = isolated_dir / "a.txt"
    article.write_text("Các ngày 7-8/10 và từ 28/12 đến 3/1, trường nghỉ.\n", encoding="utf-8")
    run = run_cli("lint", "--select", "DT106", "--fix", "a.txt")
    assert run.exit_code == 0
    assert article.read_text("utf-8") == "Các ngày 07-08/10 và từ 28/12 đến 03/01, trường nghỉ.\n"


def test_a_dateline_opening_the_lead_takes_the_house_style_one_on_its_own_line_does_not(isolated_dir):
    """The reporter writes ``Hà Nội, ngày 2/12/2026 - Theo …``; a dateline on a line of its own is the CMS's."""
    (isolated_dir / "editkit.toml").write_text('date-style = "dd/mm/yyyy"\n', encoding="utf-8")
    article = isolated_dir / "a.txt"
    article.write_text("Tin\n\nHà Nội, ngày 2/12/2026 - Theo dự báo, ngày 5/12 trời rét.\n", encoding="utf-8")
    own_line = isolated_dir / "b.txt"
    own_line.write_text("Hà Nội, ngày 2/12/2026\n\nTheo dự báo, ngày 5/12 trời rét.\n", encoding="utf-8")
    assert run_cli("lint", "--select", "DT106", "--fix", "a.txt", "b.txt").exit_code == 0
    assert article.read_text("utf-8") == "Tin\n\nHà Nội, ngày 02/12/2026 - Theo dự báo, ngày 05/12 trời rét.\n"
    assert own_line.read_text("utf-8") == "Hà Nội, ngày 2/12/2026\n\nTheo dự báo, ngày 05/12 trời rét.\n"


@pytest.mark.parametrize("text,reference,value", [
    # under way at the reference: this year's, even if it ends months later
    ("Trong 6 tháng cuối năm, nhiều công ty sẽ chia cổ tức.", "2026-11-20", "2026-07-01/2026-12-31"),
    ("Doanh thu quý IV tăng mạnh.", "2026-11-20", "2026-Q4"),
    # over, or ending within a month: its figures
    ("Trong 9 tháng đầu năm, xuất khẩu đạt 200 tỷ USD.", "2026-10-06", "2026-01-01/2026-09-30"),
    ("Trong 9 tháng đầu năm, xuất khẩu đạt 200 tỷ USD.", "2026-09-20", "2026-01-01/2026-09-30"),
    # under way but the sentence is in the past tense: last year's
    ("Quý I đã tăng 5%.", "2026-01-10", "2025-Q1"),
    # still ahead: this year's with a future cue, else the nearer one
    ("Dự kiến khởi công trong quý III.", "2026-01-10", "2026-Q3"),
    ("Doanh thu quý IV tăng mạnh.", "2026-01-10", "2025-Q4"),
    ("Doanh thu quý III tăng mạnh.", "2026-04-15", "2026-Q3"),
    ("Nhiệm vụ 6 tháng cuối năm rất nặng nề.", "2026-06-25", "2026-07-01/2026-12-31"),
    # a year word after the quarter names its year (it was read apart, and the quarter as this year's)
    ("Doanh nghiệp giao hàng trong quý I năm tới.", "2026-12-19", "2027-Q1"),
    ("Doanh thu quý IV năm ngoái tăng mạnh.", "2026-12-19", "2025-Q4"),
    # the last lunar month is the season of Tết, as the first is: the coming one from late in the year
    ("Ngày 23 tháng Chạp, người dân cúng ông Công ông Táo.", "2026-11-26", "2027-01-30"),
    ("Ngày 23 tháng Chạp, người dân đã cúng ông Công ông Táo.", "2026-11-26", "2026-02-10"),
])
def test_a_period_without_a_year_is_the_one_the_sentence_most_likely_means(text, reference, value):
    assert [m.value for m in find_dates(text, dt.date.fromisoformat(reference))] == [value]


@pytest.mark.parametrize("reference,week,weekend", [
    ("2026-11-22", "2026-11-16/2026-11-22", "2026-11-21/2026-11-22"),  # a Sunday: the week now over
    ("2026-11-23", "2026-11-16/2026-11-22", "2026-11-21/2026-11-22"),  # a Monday: the week before
    ("2026-11-19", "2026-11-09/2026-11-15", "2026-11-14/2026-11-15"),  # a Thursday: the week before
    ("2026-11-20", "2026-11-16/2026-11-22", "2026-11-14/2026-11-15"),  # a Friday: this working week, last weekend
])
def test_the_past_week_is_the_week_now_over(reference, week, weekend):
    ref = dt.date.fromisoformat(reference)
    assert found("Chứng khoán tuần qua tăng mạnh.", ref) == [("tuần qua", week)]
    assert found("Trong tuần vừa qua, giá vàng giảm.", ref) == [("tuần vừa qua", week)]
    assert found("Cuối tuần qua, mưa lớn.", ref) == [("Cuối tuần qua", weekend)]


@pytest.mark.parametrize("text,expected", [
    ("Mùa giải 2025/26, đội đặt mục tiêu vô địch.", [("2025/26", "2025/2026")]),
    ("Niên vụ 2024/25, xuất khẩu cà phê đạt kỷ lục.", [("2024/25", "2024/2025")]),
    ("Năm học 2025/2026 có 35 tuần.", [("2025/2026", "2025/2026")]),
    ("Mùa giải 2025/27 không có.", []),  # not a season
    ("Trong tháng 11-12, giá thịt heo sẽ tăng.", [("tháng 11-12", "2020-11/2020-12")]),
    ("Từ tháng 3 đến tháng 5/2021, mưa nhiều.", [("Từ tháng 3 đến tháng 5/2021", "2021-03/2021-05")]),
    ("Từ tháng 12 đến tháng 2 năm 2021, trời rét.", [("Từ tháng 12 đến tháng 2 năm 2021", "2020-12/2021-02")]),
    # the months' parts after từ and đến (month precision, as a month alone is read)
    ("Từ giữa tháng 12 đến đầu tháng 1, cấm xe tải.", [("Từ giữa tháng 12 đến đầu tháng 1", "2020-12/2021-01")]),
    ("Từ trung tuần tháng 3 đến hết tháng 5/2021, thi công.", [("Từ trung tuần tháng 3 đến hết tháng 5/2021", "2021-03/2021-05")]),
    ("Mỗi tháng 3-4 lần, đoàn kiểm tra đến xã.", []),  # a count per month, not months
    ("Tháng 11-12/2025 mưa nhiều.", [("Tháng 11-12/2025", "2025-11/2025-12")]),
    ("Đợt 1 từ tháng 10 - 15 ngày, đợt 2 sau đó.", [("tháng 10", "2020-10")]),
    ("Từ tháng 3/2019 đến tháng 12/2020, ông nhận tiền.", [("Từ tháng 3/2019 đến tháng 12/2020", "2019-03/2020-12")]),
    ("Từ tháng 10/2019 đến tháng 2, giá tăng.", [("Từ tháng 10/2019 đến tháng 2", "2019-10/2020-02")]),
    ("Từ tháng 5/2020 đến tháng 3/2019 là sai.", [("tháng 5/2020", "2020-05"), ("tháng 3/2019", "2019-03")]),  # not in order
])
def test_seasons_and_month_ranges(text, expected):
    assert found(text, dt.date(2021, 1, 21) if "2021" in text else dt.date(2020, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lễ hội kéo dài đến hết tháng 3 âm lịch năm 2025.", [("tháng 3 âm lịch năm 2025", "2025-03-29/2025-04-27")]),
    ("Tháng Giêng năm 2021, chùa đông khách.", [("Tháng Giêng năm 2021", "2021-02-12/2021-03-12")]),
    # a year written elsewhere in the sentence, or a year word, is the lunar month's year
    ("Khai hội ngày 11/2/2027 và kéo dài đến hết tháng 3 âm lịch.",
     [("11/2/2027", "2027-02-11"), ("tháng 3 âm lịch", "2027-04-07/2027-05-05")]),
    ("Tháng Chạp năm nay, chợ hoa họp sớm.", [("Tháng Chạp năm nay", "2027-01-08/2027-02-05")]),
    # the year a lunar day is named by: ngày mùng 6 tháng Giêng năm Đinh Mùi
    ("Khai hội ngày mùng 6 tháng Giêng năm Đinh Mùi.", [("ngày mùng 6 tháng Giêng năm Đinh Mùi", "2027-02-11")]),
    ("Tháng Mười năm 2020 mưa nhiều.", [("Tháng Mười năm 2020", "2020-10")]),  # a solar month's name
])
def test_lunar_months_are_the_solar_days_they_cover(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Thứ Hai tới, học sinh đi học trở lại.", [("Thứ Hai tới", "2026-11-30")]),  # the next Monday
    ("Thứ Năm tới đây, đoàn đến Huế.", [("Thứ Năm tới đây", "2026-12-03")]),  # not today, a Thursday
    ("Hội nghị diễn ra vào thứ Sáu này.", [("thứ Sáu này", "2026-11-27")]),
    ("Chủ nhật này có mưa.", [("Chủ nhật này", "2026-11-29")]),
    ("Sáng thứ hai tới, trời mưa.", [("thứ hai tới", "2026-11-30")]),  # a cue before a day in lower case
    ("Đây là lần thứ hai tới Việt Nam của ông.", []),  # an ordinal: the second time
    ("Điều thứ hai này rất quan trọng.", []),
    ("Năm tới, lương tăng.", [("Năm tới", "2027")]),
    # a lunar day/month named by its year: (tức ngày 6/11 năm Ất Tỵ)
    ("Ngày 25/12/2025 (tức ngày 6/11 năm Ất Tỵ), lễ hội diễn ra.",
     [("25/12/2025", "2025-12-25"), ("ngày 6/11 năm Ất Tỵ", "2025-12-25")]),
])
def test_weekdays_named_from_the_reference_and_lunar_days_named_by_their_year(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected  # a Thursday


@pytest.mark.parametrize("text,expected", [
    ("Ngày mai 27/11, trời rét.", [("Ngày mai 27/11", "2026-11-27")]),  # a bare gloss before a stop
    ("Đến hôm nay 3/4 số hộ dân đã nhận tiền.", [("hôm nay", "2026-11-26")]),  # a fraction, not a gloss
    ("Trận đấu diễn ra lúc 19h ngày mai.", [("19h ngày mai", "2026-11-27T19:00")]),
    ("Khoảng 9h ngày hôm qua, xe lật.", [("9h ngày hôm qua", "2026-11-25T09:00")]),
    ("Khoảng 5h sáng nay (26/11), xe lật.", [("5h sáng nay (26/11)", "2026-11-26T05:00")]),  # the time kept
    ("Lúc 22h tối qua (24/11), mưa lớn.", [("22h tối qua (24/11)", "2026-11-24T22:00")]),  # the date written wins
])
def test_a_relative_day_with_a_bare_gloss_or_a_time(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Đêm 20 rạng sáng 21/11, mưa lớn gây ngập.", [("Đêm 20 rạng sáng 21/11", "2026-11-20/2026-11-21")]),
    ("Trong đêm 20, rạng sáng 21/11, lũ lên.", [("đêm 20, rạng sáng 21/11", "2026-11-20/2026-11-21")]),
    # the night's month written too, across a month's end; two days that are no night and its morning stay two
    ("Đêm 20/11 rạng sáng 21/11, mưa lớn.", [("Đêm 20/11 rạng sáng 21/11", "2026-11-20/2026-11-21")]),
    ("Khuya 30/11, rạng sáng 1/12, lũ lên.", [("Khuya 30/11, rạng sáng 1/12", "2026-11-30/2026-12-01")]),
    ("Đêm 19/11 rạng sáng 21/11, mưa.", [("19/11", "2026-11-19"), ("21/11", "2026-11-21")]),
    # early this morning, late last night: the part of the day narrowed
    ("Sáng sớm nay, sương mù dày đặc.", [("Sáng sớm nay", "2026-11-26")]),
    ("Lúc 5h sáng sớm nay, cháy lớn.", [("5h sáng sớm nay", "2026-11-26T05:00")]),
    ("Khoảng 23h tối muộn qua, xe về.", [("23h tối muộn qua", "2026-11-25T23:00")]),
    ("Tối 20 và sáng 21/11/2025, lũ lên.", [("Tối 20 và sáng 21/11/2025", "2025-11-20/2025-11-21")]),
    ("Đêm 20 sáng 22/11 mưa.", [("22/11", "2026-11-22")]),  # no night and its morning
    ("Gửi kỳ hạn 6/12 tháng, lãi suất 5%.", []),  # months counted, not 6 December
])
def test_a_night_and_the_morning_after_it(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("iPhone 17 ra mắt 9/9.", [("9/9", "2026-09-09")]),  # an event on a day
    ("Luật có hiệu lực 1/7/2027.", [("1/7/2027", "2027-07-01")]),
    ("Giải khởi tranh 12/12 tại Hà Nội.", [("12/12", "2026-12-12")]),
    ("Dự án khởi công 14/11 tuyến đường.", []),  # counted roads
    ("Phim công chiếu tại 2/3 số rạp.", []),  # a fraction of the cinemas
])
def test_an_event_verb_makes_a_bare_day_month_a_date(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Thứ bảy, 23/1/2021, 10:15 PM", [("Thứ bảy, 23/1/2021, 10:15 PM", "2021-01-23T22:15")]),  # a site's English clock
    ("Thứ bảy, 23/1/2021, 12:05 AM", [("Thứ bảy, 23/1/2021, 12:05 AM", "2021-01-23T00:05")]),
    ("Lúc 9:30 pm ngày 20/1, cháy.", [("9:30 pm ngày 20/1", "2021-01-20T21:30")]),
    ("Cập nhật: 08:30 | Thứ Hai, 18/1/2021", [("08:30 | Thứ Hai, 18/1/2021", "2021-01-18T08:30")]),  # time, pipe, date
    ("08:30 - Thứ Hai, 18/1/2021", [("08:30 - Thứ Hai, 18/1/2021", "2021-01-18T08:30")]),
])
def test_a_clock_with_am_or_pm_and_a_time_before_the_weekday(text, expected):
    assert found(text, REF) == expected


@pytest.mark.parametrize("text,expected", [
    ("29/12/2020 | 15:42", [("29/12/2020 | 15:42", "2020-12-29T15:42")]),  # a CMS stamp: date, pipe, time
    ("29-12-2020 - 15:42:10", [("29-12-2020 - 15:42:10", "2020-12-29T15:42")]),  # seconds read and dropped
    ("Ngày 29/12/2020 lúc 15 giờ, họp.", [("29/12/2020 lúc 15 giờ", "2020-12-29T15:00")]),
    ("Ngày 29/12/2020, 15 người đến.", [("29/12/2020", "2020-12-29")]),  # a count, no time
    ("Hà Nội, 29/12 (TTXVN) - Thủ tướng chủ trì hội nghị.", [("29/12", "2020-12-29")]),  # the wire's dateline
    ("Tỷ lệ 3/4 (ước tính) - cao.", []),
])
def test_a_date_with_its_time_after_it_and_the_wires_dateline(text, expected):
    assert found(text, dt.date(2020, 12, 30)) == expected


@pytest.mark.parametrize("line, dateline", [
    ("Ngày 07/12/2026", True),  # a day on a line of its own after ngày, as some sites print it
    ("ngày 07/12/2026 09:15", True),
    ("Ngày 07/12/2026, UBND thành phố họp.", False),  # a sentence
    ("Sáng 15/12/2026", True),  # a time of day before it
    ("Sáng 15/12/2026, UBND thành phố họp.", False),
])
def test_a_day_alone_on_its_line_after_ngay_is_the_dateline(line, dateline):
    (mention,) = find_dates(line + "\nGiá xăng giảm nhẹ từ chiều nay\n", None)[:1]
    assert (mention.kind == "dateline") is dateline


def test_a_timestamp_ending_in_gmt_keeps_its_line_break():
    (mention,) = find_dates("Thanh Hà\n04/11/2024 10:15 GMT+7\nTTO - Sáng 4/11, Bộ công bố.", None)[:1]
    assert mention.text == "04/11/2024 10:15 GMT+7" and mention.kind == "dateline"


@pytest.mark.parametrize("text,mismatch", [
    ("Thứ năm, ngày 21 tháng 1, trường họp.", False),  # 21/1/2021 was a Thursday
    ("Thứ Tư, ngày 21 tháng 1, trường họp.", True),
    ("Sáng thứ Hai, 25 tháng Một, đoàn đến.", False),
])
def test_a_weekday_before_a_written_date_without_a_year_is_checked(text, mismatch):
    (mention,) = find_dates(text, REF)
    assert mention.text.lower().startswith("thứ") and mention.weekday_mismatch is mismatch


@pytest.mark.parametrize("text,expected", [
    ("Đây là lần thứ hai 25 tháng 1 được chọn.", [("25 tháng 1", "2021-01-25")]),  # an ordinal, no weekday
    ("Vào thứ hai 25/1, họp.", [("thứ hai 25/1", "2021-01-25")]),
    ("Thứ hai 25/1 họp.", [("Thứ hai 25/1", "2021-01-25")]),
])
def test_a_lower_case_weekday_after_a_counted_word_is_an_ordinal(text, expected):
    assert found(text, REF) == expected


def test_a_stale_gloss_of_a_time_on_a_relative_day_is_kept_for_dt108():
    (mention,) = find_dates("Lúc 22h tối qua (24/11), mưa lớn.", dt.date(2026, 11, 26))
    assert mention.named_day == dt.date(2026, 11, 25)


@pytest.mark.parametrize("text,expected", [
    ("Thứ Ba, ngày 17/11/2026\n\nLúc 21h30 tối qua, xe lao xuống vực.",
     [("Thứ Ba, ngày 17/11/2026", "2026-11-17"), ("21h30 tối qua", "2026-11-25T21:30")]),
    ("Thứ Sáu, 27/11/2026\n\n20:15 Đội khách mở tỉ số.", [("Thứ Sáu, 27/11/2026", "2026-11-27"), ("20:15", "T20:15")]),
    ("Lễ hội kéo dài đến ngày mùng 6 tháng Giêng\n  \nNăm 2027 là năm bản lề.",
     [("ngày mùng 6 tháng Giêng", "2027-02-11"), ("Năm 2027", "2027")]),
    ("Trận đấu bắt đầu lúc 9 giờ tối\n\nNgày 25/12, đội tuyển về nước.",
     [("9 giờ tối", "T21:00"), ("25/12", "2026-12-25")]),
])
def test_no_date_runs_across_a_blank_line(text, expected):
    """A date ending one paragraph and a time, a year or a relative word opening the next are two."""
    assert found(text, dt.date(2026, 11, 26)) == expected


def test_a_date_days_ahead_is_the_coming_one_even_in_a_past_tense_sentence(isolated_dir):
    """``Trước đó, từ chiều tối 27/11`` in a forecast of 26/11 is tomorrow, not a year back; an event
    told as past on such a date is DT104's to report."""
    assert found("Trước đó, từ chiều tối 27/11, Bắc Bộ có mưa.", dt.date(2026, 11, 26)) == [("27/11", "2026-11-27")]
    assert found("Ngày 20/12, ông đã ký quyết định.", dt.date(2026, 11, 26)) == [("20/12", "2025-12-20")]  # 24 days
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 26/11/2026\n\nNgày 28/11, ông đã ký quyết định bổ nhiệm.\n", "utf-8")
    (finding,) = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert finding["text"] == "28/11"


@pytest.mark.parametrize("text,expected", [
    ("Ngày 5, 6 và 7/12, hội chợ diễn ra.", [("Ngày 5, 6 và 7/12", "2026-12-05/2026-12-07")]),
    ("Có 4 và 5/10 phường đạt chuẩn.", []),  # counts of a total
    ("Có 3, 4 và 5/10 phường đạt chuẩn.", []),
])
def test_a_list_of_days_of_one_month(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    # the last days of the lunar year: 30 Tết is the eve when the last month has 29 days (Ất Tỵ)
    ("Tối 30 Tết, các gia đình quây quần.", [("30 Tết", "2026-02-16")]),
    ("Đêm 30 Tết Giáp Thìn trời ấm.", [("30 Tết Giáp Thìn", "2024-02-09")]),
    ("Ngày 29 Tết năm Ất Tỵ, chợ đông.", [("29 Tết năm Ất Tỵ", "2025-01-28")]),
    ("Anh đã trải qua 25 Tết xa nhà.", []),  # a count of Tết holidays
    # a year word or a lunar holiday's year carries to the sentence's other dates
    ("Tết Thanh minh năm nay rơi vào ngày 4/4.", [("năm nay", "2026"), ("4/4", "2026-04-04")]),
    ("Lễ Vu Lan năm 2026 (rằm tháng 7) có nhiều hoạt động.",
     [("Lễ Vu Lan năm 2026", "2026-08-27"), ("rằm tháng 7", "2026-08-27")]),
    # a lunar day without a year takes the year of the solar date glossing it
    ("Ngày 10/3 âm lịch (tức 18/4/2024), Lễ hội Đền Hùng diễn ra.",
     [("Ngày 10/3 âm lịch", "2024-04-18"), ("18/4/2024", "2024-04-18")]),
])
def test_lunar_days_before_tet_and_years_carried_to_lunar_dates(text, expected):
    assert found(text, dt.date(2026, 1, 10)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Cách đây 2 tuần, công ty công bố kết quả.", [("Cách đây 2 tuần", "2026-11-12")]),
    ("Cách đây 10 năm, nơi này còn là đồng ruộng.", [("Cách đây 10 năm", "2016")]),
    ("Hai hôm trước, trời mưa to.", [("Hai hôm trước", "2026-11-24")]),
    ("Tuần sau nữa, đoàn sẽ sang Lào.", [("Tuần sau nữa", "2026-12-07/2026-12-13")]),
    ("Tuần tới nữa, đoàn sẽ sang Lào.", [("Tuần tới nữa", "2026-12-07/2026-12-13")]),  # had been next week
    ("Tháng tới nữa, giá điện tăng.", [("Tháng tới nữa", "2027-01")]),
    ("Ngày này năm ngoái, trời rét đậm.", [("Ngày này năm ngoái", "2025-11-26")]),  # had been the year 2025
    ("Nửa tháng trước, cầu sập.", [("Nửa tháng trước", "2026-11-11")]),  # half a month, not last month
    ("Nửa năm qua, giá tăng.", [("Nửa năm qua", "2026-05/2026-11")]),
    ("Nửa tuần trước, anh đến.", []),
    # from now to the coming lunar new year (not to Tết Dương lịch, which is its own day)
    ("Từ nay đến Tết, giá thịt lợn tăng.", [("Từ nay đến Tết", "2026-11-26/2027-02-06")]),
    ("Từ nay đến trước Tết, giá hoa còn tăng.", [("Từ nay đến trước Tết", "2026-11-26/2027-02-05")]),  # to Tết's eve
    ("Từ nay đến Tết Nguyên đán 2027, giá tăng.", [("Từ nay đến Tết Nguyên đán 2027", "2026-11-26/2027-02-06")]),
    ("Từ nay đến Tết Dương lịch, giá tăng.", [("Từ nay đến Tết Dương lịch", "2026-11-26/2027-01-01")]),
    # two named days of a week: the days between (the first in the week before when later in the week)
    ("Từ thứ Hai đến thứ Sáu tuần sau, trường nghỉ.", [("Từ thứ Hai đến thứ Sáu tuần sau", "2026-11-30/2026-12-04")]),
    ("Từ thứ Năm tuần này đến thứ Ba tuần sau, đường cấm.",
     [("Từ thứ Năm tuần này đến thứ Ba tuần sau", "2026-11-26/2026-12-01")]),
    ("Từ thứ Sáu đến thứ Hai tuần sau, đường cấm.", [("Từ thứ Sáu đến thứ Hai tuần sau", "2026-11-27/2026-11-30")]),
    ("Năm kia, giá lúa thấp.", [("Năm kia", "2024")]),
    ("Từ đầu năm đến nay, có 500 vụ.", [("Từ đầu năm đến nay", "2026-01-01/2026-11-26")]),
    ("Dự án kéo dài 3 năm, mỗi tuần họp 2 ngày.", []),  # durations
])
def test_more_relative_expressions(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    # written on a Sunday, a sentence looking ahead to a day of "this week" gone by means the week about to begin
    ("Đợt rét hại có thể kéo dài đến hết thứ Tư tuần này.", [("thứ Tư tuần này", "2026-12-16")]),
    ("Hội nghị sẽ diễn ra vào thứ Năm tuần này.", [("thứ Năm tuần này", "2026-12-17")]),
    ("Thứ Tư tuần này, trời đã rét đậm.", [("Thứ Tư tuần này", "2026-12-09")]),  # told as past: the one gone by
    ("Đợt rét có thể kéo dài đến hết Chủ nhật tuần này.", [("Chủ nhật tuần này", "2026-12-13")]),  # today
])
def test_this_weeks_day_written_on_a_sunday(text, expected):
    assert found(text, dt.date(2026, 12, 13)) == expected


def test_a_day_its_words_put_ahead_and_a_gloss_are_no_past_event_after_publication(isolated_dir):
    """DT104 had reported ``vừa thông báo cho học sinh nghỉ học sáng mai (14/12)`` and the lunar gloss of a
    range written with its year (``(tức 23 đến 29 tháng Chạp)``); a bare day told as past still draws it."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 13/12/2026\n\nSở vừa thông báo cho học sinh nghỉ học sáng mai (14/12) do trời rét.\n\n"
        "Các chuyến bay từ ngày 30/1 đến 5/2/2027 (tức 23 đến 29 tháng Chạp) gần như đã hết vé giá rẻ.\n\n"
        "Ngày 15/12, hội nghị đã thông qua nghị quyết.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["15/12"]


def test_vua_as_an_adjective_or_both_and_is_no_past_tense(isolated_dir):
    """DT104: ``mưa vừa`` (moderate rain), ``nhỏ và vừa``, ``vừa học vừa làm`` tell no past; ``vừa ban
    hành`` does; a date after ``từ chiều tối`` is a start announced ahead."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 26/11/2026\n\nTrước đó, từ chiều tối 27/11, Bắc Bộ có mưa vừa, mưa to.\n\n"
        "Ngày 29/11, doanh nghiệp nhỏ và vừa được hỗ trợ.\n\nNgày 29/11, sinh viên vừa học vừa làm.\n\n"
        "Ngày 30/11, Bộ vừa ban hành thông tư.\n\nSở vừa yêu cầu chuẩn bị dịp Tết Nguyên đán 2027.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["start"]["line"] for d in found] == [9]  # an occasion after dịp may lie ahead


@pytest.mark.parametrize("text", [
    "Cô vừa được tặng bằng khen nhân Ngày Nhà giáo Việt Nam 20/11.",
    "Phố phường đã treo cờ chào mừng ngày 22/12.",
    "Nhà trường đã tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11.",
    "Hội đã phát động phong trào thi đua hướng tới 25/11.",
])
def test_an_occasion_a_past_tense_sentence_names_may_lie_ahead(isolated_dir, text):
    """DT104: a holiday or day after ``nhân``, ``chào mừng``, ``kỷ niệm`` or ``hướng tới`` is the occasion,
    which a sentence told in the past may name days ahead (an award given the day before Teachers' Day);
    the same day as the event itself is still reported."""
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 19/11/2026\n\n{text}\n", "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"] == []
    (isolated_dir / "b.txt").write_text("Hà Nội, ngày 19/11/2026\n\nCô vừa được tặng bằng khen ngày 20/11.\n", "utf-8")
    assert len(run_cli("lint", "--format", "json", "--select", "DT104", "b.txt").json()["files"][0]["diagnostics"]) == 1

@pytest.mark.parametrize("text, reported", [
    ("Thành phố đã cho học sinh nghỉ học ngày 25/11 vì mưa lớn.", False),
    ("Ban tổ chức đã quyết định hoãn trận đấu ngày 28/11.", False),
    ("Công ty đã cho phép nhân viên làm việc tại nhà ngày 27/11.", False),
    # the act itself dated ahead stays suspect
    ("Học sinh đã nghỉ học ngày 25/11 vì mưa lớn.", True),
    ("Ông đã cho biết kết quả ngày 25/11.", True),
])
def test_a_decision_or_a_day_off_granted_may_lie_ahead(isolated_dir, text, reported):
    """DT104 had reported ``Thành phố đã cho học sinh nghỉ học ngày 25/11`` written on the 24th: the past is
    the decision's, the day off lies ahead."""
    (isolated_dir / "a.txt").write_text(f"Đà Nẵng, ngày 24/11/2026\n\n{text}\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert bool(found) == reported


@pytest.mark.parametrize("text, expected", [
    # a lunar day said to fall on a solar one after an apposition naming it: the writer's slip is reported
    ("Ngày 23 tháng Chạp năm Nhâm Tý, tức ngày tiễn ông Công ông Táo, rơi vào thứ Năm, 13/1/2033.",
     ["13/01/2033 is 13/12 âm lịch (năm Nhâm Tý), not 23/12"]),
    ("Rằm tháng Bảy âm lịch năm Nhâm Tý, tức ngày Lễ Vu Lan báo hiếu, rơi vào thứ Sáu, ngày 19/8/2032.",
     ["'Lễ Vu Lan' is 20/08/2032, not 19/08/2032"]),
    ("Ngày 23 tháng Chạp năm Nhâm Tý, tức ngày tiễn ông Công ông Táo, rơi vào Chủ nhật, 23/1/2033.", []),
    # a day counted off and glossed: the count runs from the story's day, the gloss says which
    ("Lễ cúng ông Táo vào ngày 23 tháng Chạp. Nhiều nhà cúng từ hai ngày trước, tức ngày 21 tháng Chạp.", []),
])
def test_a_lunar_day_said_to_fall_on_a_solar_one_after_an_apposition(isolated_dir, text, expected):
    """``Ngày 23 tháng Chạp năm Nhâm Tý, tức ngày tiễn ông Táo, rơi vào thứ Năm, 13/1/2033`` (the 23rd is
    23/1) had gone unreported: the apposition between split the day from the one it is said to fall on. And
    ``từ hai ngày trước, tức ngày 21 tháng Chạp`` had been two days before the publication, reported as a gloss
    of another day."""
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 10/1/2033\n\n{text}\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["message"] for d in found] == expected


@pytest.mark.parametrize("text, expected", [
    # the year names the period a document covers, not the day it was acted on
    ("Kế hoạch năm 2032 của công ty được thông qua hôm 5/11.", [("năm 2032", "2032"), ("5/11", "2031-11-05")]),
    ("Báo cáo tài chính năm 2030 của công ty được công bố hôm 28/10.", [("năm 2030", "2030"), ("28/10", "2031-10-28")]),
    # a law's year is part of its name: a day its sentence gives is its own
    ("Luật Đất đai năm 2024 được Quốc hội thông qua ngày 18/1.", [("năm 2024", "2024"), ("18/1", "2024-01-18")]),
    ("Dự toán ngân sách năm 2032 được Quốc hội thông qua ngày 12/11.", [("năm 2032", "2032"), ("12/11", "2031-11-12")]),
    # what the document is of between its noun and its year, and a month as well as a day
    ("Dự toán ngân sách nhà nước năm 2032 được Quốc hội thông qua ngày 12/11.",
     [("năm 2032", "2032"), ("12/11", "2031-11-12")]),
    ("Báo cáo quyết toán ngân sách năm 2030 đã được Quốc hội phê chuẩn hồi tháng 6.",
     [("năm 2030", "2030"), ("tháng 6", "2031-06")]),
    # an event's year dates its days
    ("Kỳ thi tốt nghiệp năm 2032 diễn ra ngày 26/6.", [("năm 2032", "2032"), ("26/6", "2032-06-26")]),
    ("Năm 2030, công ty hoàn thành dự án vào ngày 15/3.", [("Năm 2030", "2030"), ("15/3", "2030-03-15")]),
])
def test_a_documents_year_is_no_year_of_the_day_it_was_acted_on(text, expected):
    """``Kế hoạch năm 2032 … được thông qua hôm 5/11`` written on 10/11/2031 had put the vote in November 2032
    (and pulled a later bare day of the article with it): a plan's, a report's or a budget's year names what it
    covers, and the day takes its year from the publication date as any other; a law's year is its name's."""
    assert found(text, dt.date(2031, 11, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội chợ Xuân diễn ra vào đầu tháng 1 tại Công viên Thống Nhất.", "2027-01"),
    ("Tour diễn bắt đầu từ Seoul vào tháng 1 và kết thúc ở Bangkok.", "2027-01"),
    ("Cầu sẽ khánh thành vào tháng 2.", "2027-02"),
    # a review of the year opens its sentences on the month, and a past is a past
    ("Tháng 1, giá xăng tăng 3 lần.", "2026-01"),
    ("Hội chợ Xuân đã diễn ra vào tháng 1 tại Công viên Thống Nhất.", "2026-01"),
    # a month further ahead than the near future stays last year's without a cue
    ("Hội chợ diễn ra vào tháng 3 tại Công viên Thống Nhất.", "2026-03"),
])
def test_an_event_told_to_take_place_in_the_month_about_to_come_is_in_it(text, expected):
    """``Hội chợ Xuân diễn ra vào đầu tháng 1`` written on 14/12 had been last January (t130's tour, ``bắt đầu từ
    Seoul vào tháng 1``, too): a month right after an event's verb, within 60 days ahead, is the coming one."""
    assert [value for _, value in found(text, dt.date(2026, 12, 14))] == [expected]


def test_thirty_tet_in_a_29_day_month_glossed_with_its_eve_is_no_mismatch(isolated_dir):
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 10/1/2026\n\nTối 30 Tết (tức 16/2/2026), pháo hoa rực rỡ.\n\n"
                                        "Tối 30 Tết (tức 15/2/2026), trời rét.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["start"]["line"] for d in found] == [5]


def test_a_relative_day_glossed_in_the_lunar_calendar_is_checked(isolated_dir):
    """``Sáng nay (17/2), tức mùng 10 tháng Giêng``: 17/2/2027 is the 12th (DT110 had left a relative day
    unchecked); the right gloss draws nothing."""
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 17/2/2027\n\nTừ sáng sớm nay (17/2), tức mùng 10 tháng Giêng, "
                                        "nhiều người mua vàng.\n\nSáng nay (17/2), tức mùng 12 tháng Giêng, trời mưa.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["suggestions"][0]) for d in found] == [(3, "12/1")]


def test_a_range_and_its_lunar_gloss_without_years_are_one_year(isolated_dir):
    """``Những ngày cao điểm từ 2/2 đến 5/2 (tức 26 đến 29 tháng Chạp), vé … đã hết`` written in January
    2027: the past tense had put the solar days in 2026, the gloss's in 2027, and DT110 reported them apart."""
    text = "Những ngày cao điểm từ 2/2 đến 5/2 (tức 26 đến 29 tháng Chạp), vé chiều TP.HCM - Hà Nội gần như đã hết."
    assert found(text, dt.date(2027, 1, 14)) == [("từ 2/2 đến 5/2", "2027-02-02/2027-02-05"),
                                                  ("26 đến 29 tháng Chạp", "2027-02-02/2027-02-05")]
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 14/1/2027\n\n{text}\n", "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"] == []


def test_a_day_and_month_with_a_named_year_is_lunar():
    text = "Cụ từ trần ngày 10/12/2025 (tức ngày 21 tháng 10 năm Ất Tỵ), hưởng thọ 91 tuổi."
    assert found(text, dt.date(2025, 12, 12)) == [("10/12/2025", "2025-12-10"), ("ngày 21 tháng 10 năm Ất Tỵ", "2025-12-10")]


@pytest.mark.parametrize("text,expected", [
    ("Hội chợ diễn ra từ ngày 12 đến 14 tháng 11.", [("từ ngày 12 đến 14 tháng 11", "2026-11-12/2026-11-14")]),
    ("Các ngày 7 và 8 tháng Mười, trường nghỉ.", [("Các ngày 7 và 8 tháng Mười", "2026-10-07/2026-10-08")]),
    # lunar: âm lịch, mùng, rằm or a lunar month's name
    ("Lễ hội Gióng diễn ra từ mùng 6 đến mùng 8 tháng Tư âm lịch.",
     [("từ mùng 6 đến mùng 8 tháng Tư âm lịch", "2026-05-22/2026-05-24")]),
    # (written on 26/11: the coming new year's first month, LUNAR_NEW_YEAR_LEAD_DAYS)
    ("Hội Lim được tổ chức từ ngày 12 đến 14 tháng Giêng.", [("từ ngày 12 đến 14 tháng Giêng", "2027-02-17/2027-02-19")]),
    ("Cao điểm từ mùng 6 đến rằm tháng Giêng, khách rất đông.", [("từ mùng 6 đến rằm tháng Giêng", "2027-02-11/2027-02-20")]),
])
def test_days_of_a_month_written_in_words(text, expected):
    assert found(text, dt.date(2026, 11, 26)) == expected


def test_an_impossible_day_in_a_range_written_in_words_is_still_reported(isolated_dir):
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 10/1/2026\n\nTừ ngày 30 đến 31 tháng 2 năm 2026, hội chợ diễn ra.\n",
                                        "utf-8")
    (finding,) = run_cli("lint", "--format", "json", "--select", "DT102", "a.txt").json()["files"][0]["diagnostics"]
    assert finding["text"] == "31 tháng 2 năm 2026"


def test_an_impossible_day_spelled_in_words_is_reported(isolated_dir):
    """``Ngày ba mươi tháng Hai năm 2026`` had been no date at all; ``ngày hai mươi chín tháng Hai`` in a leap
    year is a date."""
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 20/11/2026\n\nNgày ba mươi tháng Hai năm 2026, trời mưa. "
                                        "Ngày hai mươi chín tháng Hai năm 2028, trời rét.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT102", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["Ngày ba mươi tháng Hai năm 2026"]


def test_the_30th_of_a_lunar_month_of_29_days_is_reported(isolated_dir):
    """Chạp of Đinh Mùi (2027) has 29 days: ``ngày 30 tháng Chạp năm Đinh Mùi`` had been Tết itself (lunar-vn
    counts the 30th into the next month) and ``Ngày 30 tháng 12 âm lịch năm 2027`` the month alone; the
    29th is a date, and so is ``tối 30 Tết``, the eve however long the month."""
    (isolated_dir / "a.txt").write_text(
        "Thứ Tư, 5/1/2028\n\nLịch nghỉ Tết năm nay\n\nCông chức được nghỉ từ ngày 30 tháng Chạp năm Đinh Mùi đến hết "
        "mùng 5 tháng Giêng năm Mậu Thân. Ngày 30 tháng 12 âm lịch năm 2027, chợ họp phiên cuối. Ngày 29 tháng 12 âm lịch "
        "năm 2027, chợ đông. Tối 30 Tết, cả nhà quây quần.\n\nMinh Anh\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT102", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["ngày 30 tháng Chạp năm Đinh Mùi", "Ngày 30 tháng 12 âm lịch năm 2027"]
    dates = run_cli("dates", "--format", "json", "a.txt").json()["dates"]
    assert [(m["text"], m["value"]) for m in dates if m["kind"] == "lunar" and "Tết" not in m["text"]] == [
        ("mùng 5 tháng Giêng năm Mậu Thân", "2028-01-30"), ("Ngày 29 tháng 12 âm lịch năm 2027", "2028-01-25")]
    assert ("30 Tết", "2028-01-25") in [(m["text"], m["value"]) for m in dates]


@pytest.mark.parametrize("text,expected", [
    # the lunar year's number after âm lịch (had left the day out: the month alone, or the year apart)
    ("Ngày 15 tháng 8 âm lịch năm 2027, trăng tròn.", [("Ngày 15 tháng 8 âm lịch năm 2027", "2027-09-15")]),
    ("Ngày 15/8 âm lịch năm 2027, trăng tròn.", [("Ngày 15/8 âm lịch năm 2027", "2027-09-15")]),
])
def test_a_lunar_day_with_its_years_number(text, expected):
    assert found(text, dt.date(2028, 1, 5)) == expected


@pytest.mark.parametrize("text,reference,expected", [
    # the month about to begin is the coming one even in a past-tense sentence, as a day is
    ("Tín hiệu giảm lãi suất trong cuộc họp tháng 12 đã giúp thị trường khởi sắc.", dt.date(2026, 11, 24), "2026-12"),
    # a month further ahead in a past-tense sentence is last year's
    ("Tín hiệu giảm lãi suất trong cuộc họp tháng 12 đã giúp thị trường khởi sắc.", dt.date(2026, 11, 5), "2025-12"),
    ("Cuộc họp tháng 12 sẽ quyết định lãi suất.", dt.date(2026, 11, 5), "2026-12"),
])
def test_the_year_of_a_month_without_one(text, reference, expected):
    assert [value for _, value in found(text, reference)] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # the lunar new year is written about months ahead: in late November it is the coming one
    ("Nhu cầu mua sắm tăng mạnh dịp Tết Nguyên đán.", dt.date(2026, 11, 24), "2027-02-06"),
    ("Hội Lim được tổ chức từ ngày 12 đến 14 tháng Giêng.", dt.date(2026, 11, 24), "2027-02-17/2027-02-19"),
    # unless the sentence looks back
    ("Dịp Tết Nguyên đán vừa qua, sức mua đã tăng mạnh.", dt.date(2026, 11, 24), "2026-02-17"),
    # in August the one just past is nearer in the news's sense
    ("Nhu cầu mua sắm tăng mạnh dịp Tết Nguyên đán.", dt.date(2026, 8, 20), "2026-02-17"),
    # other lunar days keep the usual two months' lead
    ("Lễ hội diễn ra vào rằm tháng Bảy âm lịch.", dt.date(2026, 5, 20), "2025-09-06"),
    ("Lễ hội diễn ra vào rằm tháng Bảy âm lịch.", dt.date(2026, 7, 20), "2026-08-27"),
    # the full moon's day with the calendar or the year written after it
    ("Lễ hội diễn ra vào rằm tháng 7 âm lịch năm 2025.", dt.date(2026, 7, 20), "2025-09-06"),
    ("Hội đèn lồng mở vào rằm tháng Tám năm Bính Ngọ.", dt.date(2026, 1, 20), "2026-09-25"),
    ("Rằm tháng Giêng năm sau rơi vào thứ Bảy.", dt.date(2026, 5, 20), "2027-02-20"),
])
def test_the_year_of_a_lunar_date_without_one(text, reference, expected):
    assert [value for _, value in found(text, reference)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a street, a square or a school named by a date or an event is no date
    ("Xe chạy trên đường 30 Tháng 4 ở Biên Hòa.", []),
    ("Lễ hội ở Quảng trường Cách mạng Tháng Tám.", []),
    ("Đường Cách Mạng Tháng 8 ùn tắc.", []),
    ("Học sinh Trường THPT Cách Mạng Tháng Tám đạt giải.", []),
    ("Phí thu trên các tuyến đường Nguyễn Thị Minh Khai, Cách Mạng Tháng Tám, Võ Văn Kiệt và Tôn Đức Thắng.", []),
    ("Phí thu trên các tuyến đường Nguyễn Thị Minh Khai, Võ Văn Kiệt và Cách Mạng Tháng Tám.", []),
    # the event and the day themselves
    ("Sau Cách mạng Tháng Tám, đường sá được mở.", [("Cách mạng Tháng Tám", "1945-08")]),
    ("Tại Quảng trường Ba Đình, ngày 2 Tháng 9 năm 1945, Bác đọc Tuyên ngôn Độc lập.",
     [("ngày 2 Tháng 9 năm 1945", "1945-09-02")]),
    ("Tại phường Bến Thành, Cách mạng Tháng Tám đã thành công.", [("Cách mạng Tháng Tám", "1945-08")]),
    ("Trên đường về quê ngày 30 tháng 4, anh gặp nạn.", [("ngày 30 tháng 4", "2026-04-30")]),
])
def test_a_place_named_by_a_date_is_no_date(text, expected):
    assert found(text, dt.date(2026, 5, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Người đóng 10 năm từ 2015 đến 2024 thì nhận khoảng 160 triệu đồng.", [("từ 2015 đến 2024", "2015/2024")]),
    ("Từ 2015 - 2024, GDP tăng bình quân 6%.", [("Từ 2015 - 2024", "2015/2024")]),
    # amounts and counts are no years
    ("Giá vé từ 1990 đến 2050 đồng một lượt.", []),
    ("Độ cao từ 2000 đến 2500 m so với mực nước biển.", []),
    ("Mỗi ngày có từ 2000 đến 2100 người đến.", []),
])
def test_a_range_of_years_after_tu_without_nam(text, expected):
    assert found(text, dt.date(2026, 5, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    # a part of the day before the first day of a range (từ sáng 20 đến chiều 21/11)
    ("Mưa lớn từ sáng 20 đến chiều 21/11.", [("từ sáng 20 đến chiều 21/11", "2026-11-20/2026-11-21")]),
    ("Đêm 20 đến sáng 21/11, mưa.", [("Đêm 20 đến sáng 21/11", "2026-11-20/2026-11-21")]),
    ("Từ 20 đến hết ngày 22/11, hội chợ mở.", [("Từ 20 đến hết ngày 22/11", "2026-11-20/2026-11-22")]),
    # from now to the end of the year, month or week
    ("Từ nay đến cuối năm, giá sẽ còn tăng.", [("Từ nay đến cuối năm", "2026-11-24/2026-12-31")]),
    ("Từ giờ đến hết tháng này, trời rét.", [("Từ giờ đến hết tháng này", "2026-11-24/2026-11-30")]),
    ("Từ nay đến cuối tuần, trời mưa.", [("Từ nay đến cuối tuần", "2026-11-24/2026-11-29")]),
    ("Từ nay đến cuối năm 2027, dự án hoàn thành.", [("Từ nay đến cuối năm 2027", "2026-11-24/2027-12-31")]),
    ("Từ nay đến cuối tháng 12, giá giảm.", [("Từ nay đến cuối tháng 12", "2026-11-24/2026-12-31")]),
    # from now to a day, a month or a year written: "từ nay đến" is a future cue for its year too
    ("Đặt cọc từ nay đến hết ngày 31/12 được tặng quà.", [("từ nay đến hết ngày 31/12", "2026-11-24/2026-12-31")]),
    ("Từ giờ tới tháng 2/2027, xe được giao.", [("Từ giờ tới tháng 2/2027", "2026-11-24/2027-02-28")]),
    ("Từ nay đến năm 2030, tỉnh trồng 1 triệu cây.", [("Từ nay đến năm 2030", "2026-11-24/2030-12-31")]),
    ("Từ nay đến 10/11, trời rét.", [("Từ nay đến 10/11", "2026-11-24/2027-11-10")]),
    ("Từ năm 2020 đến năm 2025, dân số tăng.", [("Từ năm 2020 đến năm 2025", "2020/2025")]),
])
def test_ranges_with_a_part_of_the_day_and_from_now_on(text, expected):
    assert found(text, dt.date(2026, 11, 24)) == expected


@pytest.mark.parametrize("line,expected", [
    ("08:30 | 24/11/2026", ("08:30 | 24/11/2026", "2026-11-24T08:30")),
    ("08:30 - 24/11/2026", ("08:30 - 24/11/2026", "2026-11-24T08:30")),
    ("Ngày xuất bản: 24/11/2026 - 08:30 AM", ("24/11/2026 - 08:30 AM", "2026-11-24T08:30")),
    ("Cập nhật: 24/11/2026 08:30:15 PM", ("24/11/2026 08:30:15 PM", "2026-11-24T20:30")),
])
def test_a_cms_publication_line_is_the_dateline(line, expected):
    """A time before the date with a bar or a dash, ``Ngày xuất bản:``, AM/PM and seconds after it."""
    text = line + "\n\nTiêu đề bài báo về một sự kiện ở Hà Nội\n\nNội dung của bài báo.\n"
    (mention,) = [m for m in find_dates(text) if m.start < len(line)]
    assert (mention.text, mention.value, mention.kind) == (*expected, "dateline")


def test_a_lead_that_writes_its_old_date_with_the_year_tells_history_not_stale_news(isolated_dir):
    lead = ("(Văn hóa) - {date}, xe tăng quân giải phóng húc đổ cổng Dinh Độc Lập, kết thúc cuộc chiến tranh kéo "
            "dài nhiều năm, mở ra một trang mới cho cả dân tộc.")
    for date, expected in (("Ngày 30/4/1975", []), ("Ngày 30/4", ["DT105"]),
                           ("Kỷ niệm 51 năm (30/4/1975 - 30/4/2026)", []),  # an anniversary's span: its years written
                           ("Từ 20/4 đến 30/4", ["DT105"])):
        text = f"Thứ Năm, 26/11/2026\n\nNhớ mãi mùa xuân ấy\n\n{lead.format(date=date)}\n\nMinh Anh\n"
        (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
        found = run_cli("lint", "--format", "json", "--select", "DT105", "a.txt").json()["files"][0]["diagnostics"]
        assert [d["rule"] for d in found] == expected


@pytest.mark.parametrize("text,expected", [
    # the day told last, and the day after or before it
    ("Sáng 29/11, đoàn đến tỉnh. Chiều cùng ngày, đoàn làm việc với UBND tỉnh.",
     [("29/11", "2026-11-29"), ("Chiều cùng ngày", "2026-11-29")]),
    ("Ngày 20/11, lễ viếng diễn ra từ 7h; lễ truy điệu lúc 12h cùng ngày.",
     [("20/11", "2026-11-20"), ("7h", "T07:00"), ("12h cùng ngày", "2026-11-20T12:00")]),
    ("Ngày 20/11, Bộ Y tế họp. Cùng ngày, Sở Y tế ra công văn. Ngày hôm sau, trường học mở cửa; 15h cùng ngày, "
     "mưa. Tối hôm trước, gió mạnh.",
     [("20/11", "2026-11-20"), ("Cùng ngày", "2026-11-20"), ("Ngày hôm sau", "2026-11-21"),
      ("15h cùng ngày", "2026-11-21T15:00"), ("Tối hôm trước", "2026-11-20")]),
    # a relative day is an antecedent too; a year, a span of days, a list of days or no day is none
    ("Sáng nay, trời rét. Trưa cùng ngày, nắng.", [("Sáng nay", "2026-11-24"), ("Trưa cùng ngày", "2026-11-24")]),
    ("Năm 1960, ông về Hà Nội. Ngày hôm sau, ông đi làm.", [("Năm 1960", "1960")]),
    ("Từ ngày 5 đến 7/12, hội chợ mở. Cùng ngày, vé được bán.", [("Từ ngày 5 đến 7/12", "2026-12-05/2026-12-07")]),
    ("Ngày 20/11 và 22/11, đoàn đi. Chiều cùng ngày, họ về.", [("20/11", "2026-11-20"), ("22/11", "2026-11-22")]),
    ("Hai người sinh cùng ngày. Hôm sau trời mưa, cùng ngày với lễ hội.", []),
    ("Ngày 20/11, đoàn đến. Sáng hôm sau, họ đi. Hôm đó, trời mưa. Ngày hôm ấy, gió mạnh.",
     [("20/11", "2026-11-20"), ("Sáng hôm sau", "2026-11-21"), ("Hôm đó", "2026-11-21"), ("Ngày hôm ấy", "2026-11-21")]),
    # a bare hour after trước is a time of day (before 17:00); hours counted come before trước
    ("Sáng 20/11, chị nhận email đòi cập nhật trước 17h cùng ngày. Anh đến 2 giờ trước.",
     [("20/11", "2026-11-20"), ("17h cùng ngày", "2026-11-20T17:00")]),
    # this year said in passing is passed over too (Chiều cùng ngày had been no day)
    ("Sáng 20/11, thí sinh thi Ngữ văn. Đề năm nay gồm hai phần. Chiều cùng ngày, thí sinh thi Toán.",
     [("20/11", "2026-11-20"), ("năm nay", "2026"), ("Chiều cùng ngày", "2026-11-20")]),
    # and so are a year or a month told in the sentence of the day before them (Cùng ngày had been no day)
    ("Tối 15/11, trường công bố điểm chuẩn năm 2026, giảm 0,1 điểm so với năm ngoái. Cùng ngày, trường khác công bố.",
     [("15/11", "2026-11-15"), ("năm 2026", "2026"), ("năm ngoái", "2025"), ("Cùng ngày", "2026-11-15")]),
    ("Ngày 15/11, đoàn đến. Năm 2020, họ cũng đến. Cùng ngày, trời mưa.",
     [("15/11", "2026-11-15"), ("Năm 2020", "2020")]),
    # a clause that ends with it (not trong cùng ngày, within the day)
    ("Nam Định gặp Bình Dương chiều 21/11. Công an Hà Nội làm khách của Hải Phòng cùng ngày.",
     [("21/11", "2026-11-21"), ("cùng ngày", "2026-11-21")]),
    ("Sáng 20/11, hồ sơ được tiếp nhận và trả kết quả trong cùng ngày.", [("20/11", "2026-11-20")]),
    # the span so far is passed over (the time had no day)
    ("Chiều 19/11, giá xăng tăng, lần tăng thứ hai kể từ đầu năm. Giá mới có hiệu lực từ 15h cùng ngày.",
     [("19/11", "2026-11-19"), ("từ đầu năm", "2026-01-01/2026-11-24"), ("15h cùng ngày", "2026-11-19T15:00")]),
    # what comes round each day: its next morning is no one day (had been the day after 20/11)
    ("Ngày 20/11, trời rét. Các trường theo dõi bản tin phát lúc 17h hằng ngày để cho học sinh nghỉ học vào sáng hôm sau.",
     [("20/11", "2026-11-20"), ("17h", "T17:00")]),
])
def test_a_day_named_by_the_day_told_last(text, expected):
    assert found(text, dt.date(2026, 11, 24)) == expected


def test_the_front_matters_date_is_no_day_told(isolated_dir):
    """A recipe's ``Hôm sau, …`` (the day after the marinating) counts from no day the body tells:
    the front matter's ``date:`` is the reference, not the day told last; the body's own day is."""
    (isolated_dir / "a.md").write_text(
        "---\ntitle: Mứt gừng\ndate: 2027-11-25\n---\n\nƯớp gừng qua đêm. Hôm sau, sên lửa nhỏ.\n", "utf-8")
    assert run_cli("dates", "--format", "json", "a.md").json()["dates"] == []
    (isolated_dir / "b.md").write_text(
        "---\ntitle: Mứt gừng\ndate: 2027-11-25\n---\n\nNgày 20/11, đoàn đến. Hôm sau, họ đi.\n", "utf-8")
    dates = run_cli("dates", "--format", "json", "b.md").json()["dates"]
    assert [(m["text"], m["value"]) for m in dates] == [("20/11", "2027-11-20"), ("Hôm sau", "2027-11-21")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo Quyết định số 2150/QĐ-UBND ngày 20/11/2027, thành phố sẽ bắn pháo hoa vào đêm giao thừa.",
     [("20/11/2027", "2027-11-20"), ("giao thừa", "2028-01-25")]),
    ("Theo Nghị định 168/2024/NĐ-CP ngày 26/12/2024, mức phạt áp dụng từ 1/1.",
     [("26/12/2024", "2024-12-26"), ("1/1", "2025-01-01")]),
    # a day before the document in the sentence, and a year that is no document's, as before
    ("Ngày 5/1, theo Quyết định số 12/QĐ-UBND ngày 20/12/2026, lễ hội khai mạc.", [("5/1", "2027-01-05"), ("20/12/2026", "2026-12-20")]),
    ("Ngày 20/11/2027, thành phố tổ chức lễ, đến 5/12 thì kết thúc.", [("20/11/2027", "2027-11-20"), ("5/12", "2027-12-05")]),
])
def test_the_days_after_a_documents_date_of_issue_count_from_it(text, expected):
    """``Nghị định … ngày 26/12/2024, … từ 1/1``: the first 1/1 after the decree, not the decree's year's
    (2024) nor the one nearest the publication."""
    assert found(text, dt.date(2027, 11, 26)) == expected


def test_a_plan_issued_is_for_what_lies_ahead(isolated_dir):
    """``vừa ban hành Kế hoạch … dịp Tết Dương lịch và Tết Nguyên đán Mậu Thân 2028`` in November:
    the coming New Year's Day (no stale lead, DT105) and no past event after publication (DT104)."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 26/11/2027 - UBND thành phố vừa ban hành Kế hoạch số 312/KH-UBND về bảo đảm an ninh trật tự, "
        "an toàn giao thông dịp Tết Dương lịch và Tết Nguyên đán Mậu Thân 2028 trên địa bàn.\n", "utf-8")
    report = run_cli("lint", "--format", "json", "--select", "DT", "a.txt").json()
    assert report["files"][0]["diagnostics"] == []
    dates = run_cli("dates", "--format", "json", "a.txt").json()["dates"]
    assert ("Tết Dương lịch", "2028-01-01") in [(m["text"], m["value"]) for m in dates]


def test_a_plan_compared_with_is_no_future_cue():
    """``muộn hơn so với kế hoạch``: the plan is what the past event is measured against; the day
    just before the reference stays in its year (a plan announced, ``theo kế hoạch``, looks ahead)."""
    assert found("Hội nghị đã bế mạc vào rạng sáng 3/12, muộn hơn so với kế hoạch.", dt.date(2026, 12, 4)) == [
        ("3/12", "2026-12-03")]
    assert found("Theo kế hoạch, hội nghị bế mạc ngày 3/11.", dt.date(2026, 12, 4)) == [("3/11", "2027-11-03")]


def test_a_day_a_few_days_back_is_the_past_one_beside_a_future_cue():
    """``tàu rời cảng từ ngày 18/2, dự kiến đánh bắt nửa tháng`` on 26/2: the cue is the next clause's;
    a day almost a year ahead would carry its year. A month back, the cue decides (next year's)."""
    text = "Tàu rời cảng từ ngày 18/2, dự kiến đánh bắt khoảng nửa tháng."
    assert found(text, dt.date(2027, 2, 26)) == [("18/2", "2027-02-18")]
    assert found(text, dt.date(2027, 3, 26)) == [("18/2", "2028-02-18")]


def test_a_decomposed_text_is_read_composed_and_its_dates_stand_on_its_own_characters(isolated_dir):
    import unicodedata

    text = unicodedata.normalize("NFD", "Thứ Năm, 3/12/2026\n\nRét đậm ở Bắc Bộ\n\nTừ đêm 3/12, không khí lạnh tràn về; "
                                        "chiều cùng ngày, trời mưa.\n")
    (isolated_dir / "a.txt").write_text(text, "utf-8")
    data = run_cli("dates", "--format", "json", "a.txt").json()
    validate(data, "dates-output.schema.json")
    assert data["reference"] == "2026-12-03"  # the dateline was not found in the decomposed text
    assert [(d["kind"], d["value"]) for d in data["dates"]] == [
        ("dateline", "2026-12-03"), ("date", "2026-12-03"), ("relative", "2026-12-03")]
    assert all(text[d["start"]:d["end"]] == d["text"] for d in data["dates"])
    parts = run_cli("structure", "--format", "json", "a.txt").json()["parts"]
    assert [p["kind"] for p in parts][:2] == ["dateline", "headline"] and all(text[p["start"]:p["end"]] == p["text"] for p in parts)


@pytest.mark.parametrize("text,expected", [
    # compared with the month or year before the one the sentence reports on, not before the publication
    ("Trong tháng 11, CPI tăng 0,3% so với tháng trước.", [("tháng 11", "2026-11"), ("tháng trước", "2026-10")]),
    ("Tháng 1/2026, giá giảm so với tháng trước.", [("Tháng 1/2026", "2026-01"), ("tháng trước", "2025-12")]),
    ("Năm 2025, GDP tăng 7% so với năm trước.", [("Năm 2025", "2025"), ("năm trước", "2024")]),
    # a year named from the publication date is one the sentence names too
    ("Năm ngoái có 40.000 khách, tăng 15% so với năm trước đó.", [("Năm ngoái", "2025"), ("năm trước", "2024")]),
    # no month of its own: from the publication date; not compared: the month before the publication
    ("Giá tăng 2% so với tháng trước.", [("tháng trước", "2026-11")]),
    ("Tháng 11, giá tăng; tháng trước, giá giảm.", [("Tháng 11", "2026-11"), ("tháng trước", "2026-11")]),
])
def test_a_comparison_with_the_month_before_the_one_reported(text, expected):
    assert found(text, dt.date(2026, 12, 4)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trường tổ chức lễ kỷ niệm 20/11 cho giáo viên.", [("20/11", "2023-11-20")]),
    ("Nhân kỷ niệm 2/9, tỉnh tổ chức bắn pháo hoa.", [("2/9", "2023-09-02")]),
    ("Kỷ niệm 10 năm thành lập trường.", []),
])
def test_the_anniversary_a_day_is_celebrated_for_is_a_date(text, expected):
    assert found(text, dt.date(2024, 3, 15)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sáng 1/12, đoàn đến. Từ 10h đến 22h cùng ngày, đường bị cấm.",
     [("1/12", "2026-12-01"), ("Từ 10h đến 22h cùng ngày", "2026-12-01T10:00/2026-12-01T22:00")]),
    ("Ngày 1/12 họ đến. 7h30 - 9h sáng hôm sau, họ họp.",
     [("1/12", "2026-12-01"), ("7h30 - 9h sáng hôm sau", "2026-12-02T07:30/2026-12-02T09:00")]),
])
def test_a_span_of_hours_on_the_day_told_last(text, expected):
    """A span of hours put on the day told last (its value two times) raised ValueError."""
    assert found(text, dt.date(2026, 12, 3)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hạn chót 30/6 năm nay.", [("30/6 năm nay", "2024-06-30")]),  # the year word the match ends on is its cue
    ("Kết thúc 30/6 năm sau.", [("30/6 năm sau", "2025-06-30")]),
    ("Hạn chót 30/6.", [("30/6", "2024-06-30")]),  # a deadline is a cue, and lies ahead
    ("Chậm nhất 15/7, các đơn vị phải báo cáo.", [("15/7", "2024-07-15")]),
    ("Tỷ lệ chậm nhất 1/3 số trường.", []),
    ("Hạn chót là 30/6.", [("30/6", "2024-06-30")]),  # told with "là" or "vào"
    ("Chậm nhất vào 15/7, các đơn vị phải báo cáo.", [("15/7", "2024-07-15")]),
    ("Tỷ lệ chậm nhất là 1/3 số trường.", []),
    # a deadline's noun takes what is due before "là" (up to four words)
    ("Hạn nộp hồ sơ là 30/6.", [("30/6", "2024-06-30")]),
    ("Thời hạn đăng ký dự thi là 15/4.", [("15/4", "2024-04-15")]),
    ("Hạn đăng ký là 15/4.", [("15/4", "2024-04-15")]),
    ("Thời hạn nộp hồ sơ xét tuyển đợt bổ sung là 15/4.", []),  # five words: too far to tell
    ("Thời hạn sử dụng đất đã hết từ ngày 1/3.", [("1/3", "2024-03-01")]),  # a term: no future cue
    # a target striven for before a day (had been last September's)
    ("Các địa phương phấn đấu giải ngân đạt trên 50% kế hoạch trước ngày 30/9.", [("30/9", "2024-09-30")]),
])
def test_deadlines_and_a_year_word_after_a_day_and_month(text, expected):
    assert found(text, dt.date(2024, 3, 15)) == expected


@pytest.mark.parametrize("text,expected", [
    # a part of the day before either day, hết before the last
    ("Chợ mở từ ngày 20 tháng Chạp đến đêm 30 Tết.", [("từ ngày 20 tháng Chạp đến đêm 30 Tết", "2026-02-07/2026-02-16")]),
    ("Từ đêm giao thừa đến mùng 3 Tết, phố đi bộ mở cửa.", [("Từ đêm giao thừa đến mùng 3 Tết", "2026-02-16/2026-02-19")]),
    ("Từ 25 tháng Chạp đến mùng 5 tháng Giêng, học sinh được nghỉ Tết.",
     [("Từ 25 tháng Chạp đến mùng 5 tháng Giêng", "2026-02-12/2026-02-21")]),
    ("Từ mùng 1 Tết đến 20/2, đoàn làm việc.", [("Từ mùng 1 Tết đến 20/2", "2026-02-17/2026-02-20")]),
    # the end taken a lunar year back (its year not written) comes after the start
    ("Từ rằm tháng Giêng đến 10/3 âm lịch, lễ hội diễn ra.", [("Từ rằm tháng Giêng đến 10/3 âm lịch", "2026-03-03/2026-04-26")]),
    # two lunar days without từ … đến are two days
    ("Mùng 1 Tết và mùng 5 tháng Giêng là hai ngày lễ.", [("Mùng 1 Tết", "2026-02-17"), ("mùng 5 tháng Giêng", "2026-02-21")]),
])
def test_a_range_of_lunar_days_is_one_range_of_solar_days(text, expected):
    assert found(text, dt.date(2026, 2, 10)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong 24 giờ qua, cả nước ghi nhận 500 ca mắc.", [("24 giờ qua", "2026-02-09/2026-02-10")]),
    ("Dự báo trong 48 giờ tới, bão suy yếu dần.", [("48 giờ tới", "2026-02-10/2026-02-12")]),
    ("Mưa lớn kéo dài trong 24 tiếng qua.", [("24 tiếng qua", "2026-02-09/2026-02-10")]),
    ("Cách đây 2 giờ, xe đã rời bến.", []),  # hours that make no whole day
])
def test_whole_days_of_hours_before_or_after_the_reference(text, expected):
    """``trong 24 giờ qua`` is a span like ``3 ngày qua``: the day before the reference to it."""
    assert found(text, dt.date(2026, 2, 10)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Từ 7/2025 đến 6/2026, năm học kéo dài.", [("Từ 7/2025 đến 6/2026", "2025-07/2026-06")]),
    ("Đến hết 12/2026, dự án hoàn thành.", [("12/2026", "2026-12")]),
    ("Kể từ 1/2027, luật mới có hiệu lực.", [("1/2027", "2027-01")]),
    ("Theo Thông tư 12/2026/TT-BTC, thuế tăng.", []),  # a document's number
    ("Tỷ lệ 3/2025 hồ sơ đạt yêu cầu.", []),  # no word of time before it
    ("Học sinh khối 10/11/12 đều tham gia.", []),  # grades, no two-digit year
])
def test_a_month_of_a_year_without_the_word_thang(text, expected):
    """``đến 12/2026``: a month and its year after a word of time, as news writes them without tháng."""
    assert found(text, dt.date(2026, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Cuối tháng 12/1972, Mỹ ném bom Hà Nội. Ông vẫn nhớ đêm 18/12 năm ấy.",
     [("tháng 12/1972", "1972-12"), ("18/12 năm ấy", "1972-12-18")]),
    ("Năm 1975, ông nhập ngũ. Tháng 4 năm đó, đơn vị tiến vào Sài Gòn.", [("Năm 1975", "1975"), ("Tháng 4 năm đó", "1975-04")]),
    ("Ông vẫn nhớ đêm 18/12 năm ấy.", [("18/12 năm ấy", None)]),  # no year told before it
    # a year word's year is none told (năm nay: this year, of the man's age)
    ("Cuối tháng 12/1972, Mỹ ném bom. Ông, năm nay đã ngoài 80 tuổi, vẫn nhớ đêm 18/12 năm ấy.",
     [("tháng 12/1972", "1972-12"), ("năm nay", "2028"), ("18/12 năm ấy", "1972-12-18")]),
])
def test_that_year_is_the_year_told_last(text, expected):
    """``năm ấy``, ``năm đó`` after a day or a month: the year the text wrote last, not the reference's."""
    assert found(text, dt.date(2028, 6, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("VN-Index đóng cửa phiên 24/4 ở mức 1.482 điểm.", [("24/4", "2028-04-24")]),
    ("Trong phiên giao dịch 24/4, khối ngoại bán ròng.", [("24/4", "2028-04-24")]),
    ("Xem bắn pháo hoa mừng 30/4.", [("30/4", "2028-04-30")]),
    ("Phiên 3/5 người đồng ý.", []),  # a count
])
def test_a_trading_session_or_a_celebration_cues_its_day(text, expected):
    assert found(text, dt.date(2028, 4, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bốn giờ sáng, bãi biển đã rộn ràng.", [("Bốn giờ sáng", "T04:00")]),
    ("Khoảng ba giờ rưỡi chiều, trời đổ mưa.", [("ba giờ rưỡi chiều", "T15:30")]),
    ("Mười một giờ đêm, làng đã ngủ.", [("Mười một giờ đêm", "T23:00")]),
    ("Anh mất hai giờ chiều nay để sửa xe.", [("chiều nay", "2028-03-25")]),  # hours counted
    ("Họ làm việc mười hai giờ mỗi ngày.", []),  # no part of the day: hours counted
    ("Anh về nhất với thời gian 8 giờ 12 phút.", []),  # a race's time, no time of day
])
def test_an_hour_in_words_with_its_part_of_the_day(text, expected):
    assert found(text, dt.date(2028, 3, 25)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chị đặt vé trước ba tháng qua website của hãng.", []),  # three months ahead, via the website
    ("Trong ba tháng qua, giá vàng tăng.", [("ba tháng qua", "2026-08/2026-11")]),
])
def test_a_count_ahead_of_a_preposition_qua_is_no_span_back(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong phiên cuối tuần (27/11), VN-Index giảm 5 điểm.", [("27/11", "2026-11-27")]),
    ("Phiên giao dịch đầu tuần (23/11), VN-Index tăng.", [("23/11", "2026-11-23")]),
    ("Đầu tuần 2/3 số cổ phiếu giảm.", []),  # a fraction of what follows
])
def test_a_part_of_the_week_glossed_with_its_day(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong tháng 10 và 11, lượng khách tăng.", [("tháng 10", "2026-10"), ("11", "2026-11")]),
    ("Trong các tháng 10, 11 và 12, lượng khách tăng.", [("tháng 10", "2026-10"), ("11", "2026-11"), ("12", "2026-12")]),
    # a year after the last month is every month's; a month after the last in the calendar the year before's
    ("Từ tháng 3 và 4 năm 2027, giá tăng.", [("tháng 3", "2027-03"), ("4 năm 2027", "2027-04")]),
    ("Tháng 12 và 1 năm 2027 là mùa cao điểm.", [("Tháng 12", "2026-12"), ("1 năm 2027", "2027-01")]),
    ("Tháng 10 và 11 người đến.", [("Tháng 10", "2026-10")]),  # a count after the second
    ("Lương tháng 13 và 14 được trả.", []),
])
def test_months_listed_after_thang(isolated_dir, text, expected):
    """``tháng 10 và 11``: the second month had been no date (it reads as a bare number)."""
    assert found(text, dt.date(2026, 11, 27)) == expected
    data = run_cli("dates", "--ref", "2026-11-27", "--format", "json", "-", input=text.encode()).json()
    validate(data, "dates-output.schema.json")


@pytest.mark.parametrize("text,expected", [
    # a day written out opens a list its numeric days continue: the second had been lost
    ("Ngày 5 tháng 10 và 11/12, đoàn làm việc tại tỉnh.", [("Ngày 5 tháng 10", "2026-10-05"), ("11/12", "2026-12-11")]),
    ("Ngày 5 tháng 10 năm 2026, 11/12 và 15/12, đoàn về xã.",
     [("Ngày 5 tháng 10 năm 2026", "2026-10-05"), ("11/12", "2026-12-11"), ("15/12", "2026-12-15")]),
    # a month's number opens no day range (it had read as 10-11 December)
    ("Ngày 5 tháng 10 và ngày 11/12, đoàn làm việc tại tỉnh.", [("Ngày 5 tháng 10", "2026-10-05"), ("11/12", "2026-12-11")]),
    ("Trong năm 10 và 11/12 lớp đạt chuẩn.", []),
    ("Ngày 7 và 8/10 có mưa.", [("Ngày 7 và 8/10", "2026-10-07/2026-10-08")]),
])
def test_days_listed_after_a_written_day(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,reference,expected", [
    ("Lũy kế 11 tháng, xuất khẩu tăng 12%.", dt.date(2026, 12, 5), [("11 tháng", "2026-01-01/2026-11-30")]),
    ("Cộng dồn 11 tháng, thành phố có 21.300 ca mắc.", dt.date(2026, 12, 5), [("11 tháng", "2026-01-01/2026-11-30")]),
    # cumulative figures are of months over: in January, last year's twelve
    ("Tính chung 12 tháng, xuất khẩu đạt 480 tỷ USD.", dt.date(2027, 1, 6), [("12 tháng", "2026-01-01/2026-12-31")]),
    ("Năm 2025, tính chung 11 tháng, xuất khẩu tăng.", dt.date(2026, 12, 5),
     [("Năm 2025", "2025"), ("11 tháng", "2025-01-01/2025-11-30")]),
    ("Dự án kéo dài 11 tháng.", dt.date(2026, 12, 5), []),  # a count
])
def test_cumulative_figures_of_the_years_first_months(text, reference, expected):
    """``Lũy kế 11 tháng``, ``Tính chung 12 tháng``: year-to-date figures without ``đầu năm``."""
    assert found(text, reference) == expected


@pytest.mark.parametrize("text,reference,expected", [
    ("Hội nghị tổ chức tại Antalya hồi đầu tháng.", dt.date(2026, 11, 27), [("hồi đầu tháng", "2026-11")]),
    ("Hồi đầu năm, giá vàng tăng mạnh.", dt.date(2026, 11, 27), [("Hồi đầu năm", "2026")]),
    # the end of the month or the year: this one once nearly over, else the one before (as tháng qua)
    ("Hội nghị tổ chức hồi cuối tháng.", dt.date(2026, 11, 27), [("hồi cuối tháng", "2026-11")]),
    ("Hội nghị tổ chức hồi cuối tháng.", dt.date(2026, 11, 3), [("hồi cuối tháng", "2026-10")]),
    ("Hội nghị tổ chức hồi cuối năm.", dt.date(2027, 2, 3), [("hồi cuối năm", "2026")]),
    # a month or a year named after it is that one's
    ("Hội nghị tổ chức hồi đầu tháng 11.", dt.date(2026, 11, 27), [("tháng 11", "2026-11")]),
    ("Hội nghị tổ chức hồi giữa tháng Mười.", dt.date(2026, 11, 27), [("tháng Mười", "2026-10")]),
    ("Hội nghị tổ chức hồi cuối năm ngoái.", dt.date(2026, 11, 27), [("năm ngoái", "2025")]),
    ("Trường tổ chức hồi đầu năm học.", dt.date(2026, 11, 27), []),
])
def test_a_part_of_this_month_or_year_told_as_past(text, reference, expected):
    """``hồi đầu tháng``: early this month, told as past (hồi): the month, as ``cuối tháng 12`` is the month."""
    assert found(text, reference) == expected


@pytest.mark.parametrize("text,expected", [
    # hồi names a time gone by: the last one come, though the coming one is near (they had read ahead)
    ("Hồi tháng 12, anh về quê ăn cưới.", [("tháng 12", "2025-12")]),
    ("Hồi đầu tháng 12, gia đình anh gói bánh chưng.", [("tháng 12", "2025-12")]),
    ("Hồi ngày 5/12, anh về quê.", [("5/12", "2025-12-05")]),
    ("Hồi đầu tháng Chạp, gia đình anh đã gói bánh chưng.", [("tháng Chạp", "2026-01-19/2026-02-16")]),
    ("Hồi rằm tháng Giêng, chùa đông khách.", [("rằm tháng Giêng", "2026-03-03")]),
    ("Hồi tháng 11, anh về quê.", [("tháng 11", "2026-11")]),  # the month under way
    ("Hồi rằm tháng 10, chùa đông khách.", [("rằm tháng 10", "2026-11-23")]),
    # vào hồi is a notice's "at", no past
    ("Lễ viếng được tổ chức vào hồi ngày 5/12.", [("5/12", "2026-12-05")]),
    # nor is the second half of a word
    ("Công ty sẽ thu hồi ngày 5/12 toàn bộ lô hàng.", [("5/12", "2026-12-05")]),
    ("Anh đã mua vé khứ hồi ngày 10/12.", [("10/12", "2026-12-10")]),
    # hồi is a day/month's cue too (it had been no date without ngày)
    ("Hồi 30/11, anh về quê.", [("30/11", "2025-11-30")]),
    ("Công ty thu hồi 3/4 số hàng.", []),
    # a past cue elsewhere in the sentence is no hồi: the full moon of the coming month is the coming one
    ("Còn gần một tháng nữa mới đến rằm tháng Chạp, nhưng chợ đã đông.", [("một tháng nữa", "2026-12"),
                                                                       ("rằm tháng Chạp", "2027-01-22")]),
])
def test_a_time_gone_by_after_hoi(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # a month listed after another takes its year, the next when it comes earlier in the calendar (a winter's
    # December and January; the January had been this year's, gone by)
    ("Rét đậm, rét hại tập trung vào nửa cuối tháng 12 và tháng 1.", [("tháng 12", "2026-12"), ("tháng 1", "2027-01")]),
    ("Hồi tháng 12 và tháng 1, giá tăng.", [("tháng 12", "2025-12"), ("tháng 1", "2026-01")]),
    ("Mưa nhiều vào tháng 10, tháng 11 và tháng 12.", [("tháng 10", "2026-10"), ("tháng 11", "2026-11"), ("tháng 12", "2026-12")]),
])
def test_a_month_listed_after_another_month(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # the month a span runs to from a day without a year (this April had been last April, written in January),
    # the span one range to the month's last day (had been the day and the month apart)
    ("Từ ngày 16/1 đến hết tháng 4, bảo tàng tổ chức trưng bày.", [("Từ ngày 16/1 đến hết tháng 4", "2027-01-16/2027-04-30")]),
    ("Từ ngày 16/11 đến hết tháng 2, chợ hoa mở cửa.", [("Từ ngày 16/11 đến hết tháng 2", "2026-11-16/2027-02-28")]),
    # centuries from one to another (thế kỷ XI - XIV had been the 11th alone)
    ("Gốm hoa nâu thế kỷ XI - XIV được trưng bày.", [("thế kỷ XI - XIV", "1001/1400")]),
])
def test_a_span_from_a_day_to_a_month_and_a_span_of_centuries(text, expected):
    assert found(text, dt.date(2027, 1, 15)) == expected


@pytest.mark.parametrize("text,expected", [
    ("V.League sẽ tạm nghỉ từ ngày 3/12 đến hết tháng 12 để đội tuyển tham dự giải.",
     [("từ ngày 3/12 đến hết tháng 12", "2029-12-03/2029-12-31")]),
    ("Giải tạm nghỉ từ 3/12 đến cuối tháng 1/2030.", [("từ 3/12 đến cuối tháng 1/2030", "2029-12-03/2030-01-31")]),
    ("Giá áp dụng từ 3/12 tới hết tháng 2 năm sau.", [("từ 3/12 tới hết tháng 2 năm sau", "2029-12-03/2030-02-28")]),
    ("Giá áp dụng từ 3/12/2029 đến hết quý I/2030.", [("từ 3/12/2029 đến hết quý I/2030", "2029-12-03/2030-03-31")]),
    ("Giá áp dụng từ 3/12 đến hết quý I.", [("từ 3/12 đến hết quý I", "2029-12-03/2030-03-31")]),
    ("Giá áp dụng từ ngày 3/12 đến hết năm nay.", [("từ ngày 3/12 đến hết năm nay", "2029-12-03/2029-12-31")]),
    ("Giá áp dụng từ ngày 3/12 đến hết năm 2030.", [("từ ngày 3/12 đến hết năm 2030", "2029-12-03/2030-12-31")]),
    # the day's own month or year, when none is written after the word
    ("Giải sẽ tạm nghỉ từ ngày 3/12 đến hết năm.", [("từ ngày 3/12 đến hết năm", "2029-12-03/2029-12-31")]),
    ("Từ 20/11 đến cuối tháng, giá tăng.", [("Từ 20/11 đến cuối tháng", "2029-11-20/2029-11-30")]),
    # a school year is no year's end; a month that ends before the day makes no span
    ("Giá áp dụng từ 3/12 đến hết năm học này.", [("3/12", "2029-12-03")]),
    ("Từ ngày 3/12 đến hết năm 2028, ông công tác ở đây.", [("3/12", "2029-12-03"), ("năm 2028", "2028")]),
])
def test_a_day_to_the_end_of_a_month_quarter_or_year(text, expected):
    assert found(text, dt.date(2029, 11, 29)) == expected


@pytest.mark.parametrize("text,expected", [
    # the month just gone, with a future cue only in a later clause: still last month (had been next November)
    ("Đối tượng thông báo hóa đơn tiền điện tháng 11 chưa thanh toán, yêu cầu chuyển khoản ngay nếu không sẽ bị cắt điện.",
     [("tháng 11", "2026-11")]),
    # the cue in the month's own clause looks ahead to it
    ("Dự án sẽ hoàn thành vào tháng 11.", [("tháng 11", "2027-11")]),
    ("Doanh thu tháng 11 tăng, dự kiến tháng 12 sẽ còn tăng.", [("tháng 11", "2026-11"), ("tháng 12", "2026-12")]),
    # what is reckoned over one of the two months just gone, however the sentence looks ahead (had been next year's)
    ("Hóa đơn tháng 11 sẽ được gửi trước ngày 25/12.", [("tháng 11", "2026-11"), ("25/12", "2026-12-25")]),
    ("Doanh thu tháng 10 sẽ được công bố tuần sau.", [("tháng 10", "2026-10"), ("tuần sau", "2026-12-14/2026-12-20")]),
    ("Lương tháng 1 sẽ được trả sớm.", [("tháng 1", "2027-01")]),  # a month ahead
])
def test_the_month_just_gone_before_a_later_clauses_future_cue(text, expected):
    assert found(text, dt.date(2026, 12, 11)) == expected


@pytest.mark.parametrize("text,expected", [
    # a futures contract's month of delivery lies ahead (December had been last year's, three months on)
    ("Giá Robusta giao tháng 11 tăng lên 5.650 USD/tấn; giá Arabica giao tháng 12 đạt 3,85 USD/pound.",
     [("tháng 11", "2028-11"), ("tháng 12", "2028-12")]),
    ("Hợp đồng kỳ hạn giao tháng 3 giảm nhẹ.", [("tháng 3", "2029-03")]),
])
def test_a_futures_contracts_month_of_delivery_lies_ahead(text, expected):
    assert found(text, dt.date(2028, 9, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    # the month a story moves into (sang, bước sang) is the coming one, written in mid-December; a past tense keeps a
    # review's last January
    ("Sang tháng 1, trời rét đậm kéo dài ở miền Bắc.", [("tháng 1", "2027-01")]),
    ("Bước sang tháng 2, nông dân xuống giống vụ xuân.", [("tháng 2", "2027-02")]),
    ("Sang tháng 1, giá xăng đã tăng mạnh.", [("tháng 1", "2026-01")]),
])
def test_the_month_a_story_moves_into_is_the_coming_one(text, expected):
    assert found(text, dt.date(2026, 12, 15)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day listed after one still ahead follows it (the tour's last night had been last February's)
    ("Đêm diễn đầu tiên vào tối 9/1, tiếp đó là Đà Nẵng ngày 23/1 và TP.HCM ngày 20/2.",
     [("9/1", "2027-01-09"), ("23/1", "2027-01-23"), ("20/2", "2027-02-20")]),
    # not a day compared with, or told before, one ahead; not one the distance keeps ahead anyway
    ("Hội nghị diễn ra ngày 15/12, sau khi dự thảo được công bố ngày 20/11.", [("15/12", "2026-12-15"), ("20/11", "2026-11-20")]),
    ("Giá dự báo ngày 15/12 cao hơn so với ngày 10/11.", [("15/12", "2026-12-15"), ("10/11", "2026-11-10")]),
    ("Trời rét vào ngày 10/12, và ngày 5/12 có mưa.", [("10/12", "2026-12-10"), ("5/12", "2026-12-05")]),
    ("Giá ngày 25/11 tăng, và ngày 10/11 giảm.", [("25/11", "2026-11-25"), ("10/11", "2026-11-10")]),
])
def test_a_day_listed_after_a_day_ahead(text, expected):
    assert found(text, dt.date(2026, 11, 25)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day its distance would put in the past, after the paragraph wrote its coming year (had been last May)
    ("Đội chuẩn bị cho giải futsal nữ châu Á 2027. Giải đấu diễn ra từ ngày 10 đến 21/5 tại Trung Quốc.",
     [("từ ngày 10 đến 21/5", "2027-05-10/2027-05-21")]),
    # not a year the paragraph wrote before another (the day's past occurrence stands)
    ("Năm 2025, đội vô địch. Giải đấu diễn ra từ ngày 10 đến 21/5 tại Trung Quốc.",
     [("Năm 2025", "2025"), ("từ ngày 10 đến 21/5", "2026-05-10/2026-05-21")]),
])
def test_a_day_in_the_coming_year_the_paragraph_wrote_just_before(text, expected):
    assert found(text, dt.date(2027, 1, 17)) == expected


@pytest.mark.parametrize("text,expected", [
    # or the text wrote the coming year earlier and not the past one, and the coming day or month is nearer
    ("Đội chuẩn bị cho giải futsal nữ châu Á 2027.\n\nGiải đấu diễn ra từ ngày 10 đến 21/5 tại Trung Quốc.",
     [("từ ngày 10 đến 21/5", "2027-05-10/2027-05-21")]),
    ("HYBE công bố lịch lưu diễn châu Á năm 2027.\n\nChuyến lưu diễn bắt đầu tại Seoul vào tháng 4.",
     [("năm 2027", "2027"), ("tháng 4", "2027-04")]),
    # not where the text wrote the past one's year too, nor where the past one is nearer
    ("Năm 2026 và năm 2027 đều có giải.\n\nGiải đấu diễn ra từ ngày 10 đến 21/5 tại Trung Quốc.",
     [("Năm 2026", "2026"), ("năm 2027", "2027"), ("từ ngày 10 đến 21/5", "2026-05-10/2026-05-21")]),
    ("Giải 2027 sắp khởi tranh. Giải đầu tiên khai mạc ngày 10/11.", [("10/11", "2026-11-10")]),
])
def test_a_day_or_month_in_the_coming_year_the_text_wrote_before(text, expected):
    assert found(text, dt.date(2027, 1, 17)) == expected


@pytest.mark.parametrize("text,expected", [
    # a range of two full days too (had been last July, the year written before it left aside)
    ("Cô hướng tới Olympic Los Angeles 2028, diễn ra từ ngày 14/7 đến 30/7.", [("từ ngày 14/7 đến 30/7", "2028-07-14/2028-07-30")]),
    ("Giải diễn ra từ ngày 14/7 đến 30/7.", [("từ ngày 14/7 đến 30/7", "2027-07-14/2027-07-30")]),
])
def test_a_range_of_full_days_in_the_coming_year_the_sentence_wrote(text, expected):
    assert found(text, dt.date(2028, 4, 2)) == expected


@pytest.mark.parametrize("text,expected", [
    # the story goes on from a day whose year is written: the next day is that year's (had been last May)
    ("Đêm 6/5/1954, khối bộc phá được kích nổ. Rạng sáng 7/5, đồi A1 thất thủ. Chiều cùng ngày, De Castries bị bắt.",
     [("6/5/1954", "1954-05-06"), ("7/5", "1954-05-07"), ("Chiều cùng ngày", "1954-05-07")]),
    # not a day before it, nor one in another paragraph
    ("Ngày 6/5/1954, khối bộc phá được kích nổ. Ngày 20/2, trời mưa.", [("6/5/1954", "1954-05-06"), ("20/2", "2028-02-20")]),
    ("Đêm 6/5/1954, khối bộc phá được kích nổ.\n\nRạng sáng 7/5, tỉnh tổ chức lễ kỷ niệm.",
     [("6/5/1954", "1954-05-06"), ("7/5", "2027-05-07")]),
])
def test_a_day_told_after_a_day_whose_year_is_written_goes_on_in_that_year(text, expected):
    assert found(text, dt.date(2028, 3, 7)) == expected


def test_the_datelines_year_is_no_year_the_text_wrote(isolated_dir):
    """The dateline's 2027 is the reference's: a day five months on stays last year's without the article's
    own words for the coming year (it had been the coming one's, the dateline read as the text's)."""
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 17/1/2027\n\nNgày 20/6, hội nghị khai mạc tại Hà Nội.\n", "utf-8")
    dates = run_cli("dates", "--format", "json", "a.txt").json()["dates"]
    assert [(m["text"], m["value"]) for m in dates if m["kind"] != "dateline"] == [("20/6", "2026-06-20")]


@pytest.mark.parametrize("text,expected", [
    # the year after the last of the holidays listed is every one's (Tết Dương lịch had been this January's)
    ("Bộ Nội vụ vừa có văn bản về việc nghỉ Tết Dương lịch và Tết Nguyên đán năm 2027.",
     [("Tết Dương lịch", "2027-01-01"), ("Tết Nguyên đán năm 2027", "2027-02-06")]),
    ("Dịp Tết Dương lịch, nhiều người đi du lịch.", [("Tết Dương lịch", "2027-01-01")]),
    ("Dịp Tết Dương lịch 2026, nhiều người đi du lịch.", [("Tết Dương lịch 2026", "2026-01-01")]),
])
def test_the_year_after_listed_holidays(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text", ["TP. Hồ Chí Minh, ngày 27/11/2026", "TP. Hồ Chí Minh, ngày 27 tháng 11 năm 2026",
                                  "TP. HCM, ngày 27/11/2026 - Theo Sở Y tế, số ca mắc tăng."])
def test_a_place_abbreviated_with_a_dot_and_a_space_before_the_dateline(text):
    """``TP. Hồ Chí Minh, ngày …``: the dot and the space after TP had made the dateline a date in the text."""
    assert [m.kind for m in find_dates(text, dt.date(2026, 11, 28))] == ["dateline"]


@pytest.mark.parametrize("text,expected", [
    # the 24th hour of a day is the next day's midnight (it had been the day's first)
    ("Quy định có hiệu lực đến 24 giờ ngày 31/12.", [("24 giờ ngày 31/12", "2027-01-01T00:00")]),
    ("Cấm xe từ 22 giờ ngày 31/12 đến 24 giờ ngày 1/1.",
     [("từ 22 giờ ngày 31/12 đến 24 giờ ngày 1/1", "2026-12-31T22:00/2027-01-02T00:00")]),
    ("Cấm xe từ 18 giờ đến 24 giờ ngày 31/12.", [("từ 18 giờ đến 24 giờ ngày 31/12", "2026-12-31T18:00/2027-01-01T00:00")]),
    ("Cấm xe từ 18 giờ đến 24 giờ.", [("từ 18 giờ đến 24 giờ", "T18:00/T00:00")]),
    # hours an amount has risen to are no time of day
    ("Máy có thời lượng pin lên đến 24 giờ.", []),
    ("Thời gian chờ lên tới 5 giờ 30 phút.", []),
])
def test_the_24th_hour_and_hours_risen_to(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # a year written with năm after a day/month or a range is its year (it had been a period of its own and
    # the day this year's)
    ("Ngày 30/4 năm 2027 là thứ Sáu.", [("30/4 năm 2027", "2027-04-30")]),
    ("Từ 30/4 đến 1/5 năm 2027, người lao động nghỉ.", [("Từ 30/4 đến 1/5 năm 2027", "2027-04-30/2027-05-01")]),
    ("Kỳ nghỉ lễ 30/4 - 1/5 năm 2027 kéo dài 5 ngày.", [("30/4 - 1/5 năm 2027", "2027-04-30/2027-05-01")]),
    ("Nghỉ từ 30/12 - 2/1 năm 2027.", [("từ 30/12 - 2/1 năm 2027", "2026-12-30/2027-01-02")]),
    ("Ngày 5/10 năm 2026 - 2027 học sinh nhập học.", [("5/10", "2026-10-05"), ("2026 - 2027", "2026/2027")]),
])
def test_a_year_written_with_nam_after_a_day(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # a night on the last day of a month and the morning of the next month's first (it had been 1/12 alone)
    ("Đêm 30 rạng sáng 1/12, mưa lớn gây ngập nhiều tuyến phố.", [("Đêm 30 rạng sáng 1/12", "2026-11-30/2026-12-01")]),
    ("Đêm 31 rạng sáng 1/1/2027, pháo hoa rực rỡ.", [("Đêm 31 rạng sáng 1/1/2027", "2026-12-31/2027-01-01")]),
    ("Đêm 28 rạng sáng 1/3/2027, mưa lớn.", [("Đêm 28 rạng sáng 1/3/2027", "2027-02-28/2027-03-01")]),
    # no such night: the morning's day alone
    ("Đêm 31 rạng sáng 1/12, mưa lớn.", [("1/12", "2026-12-01")]),
])
def test_a_night_into_the_next_months_first_morning(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # rạng sáng (the small hours) of a named day, with its time or alone (it had been sáng nay without rạng)
    ("Rạng sáng nay, một vụ cháy xảy ra tại quận Hoàng Mai.", [("Rạng sáng nay", "2026-11-28")]),
    ("Rạng sáng hôm qua, mưa lớn.", [("Rạng sáng hôm qua", "2026-11-27")]),
    ("Khoảng 3h rạng sáng nay, vụ cháy xảy ra.", [("3h rạng sáng nay", "2026-11-28T03:00")]),
    ("Lúc 2 giờ rạng sáng mai, không khí lạnh tràn về.", [("2 giờ rạng sáng mai", "2026-11-29T02:00")]),
])
def test_the_small_hours_of_a_named_day(text, expected):
    assert found(text, dt.date(2026, 11, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # from the start of the year or the month to a day written (it had been the day alone)
    ("Từ đầu năm đến ngày 30/11, cả nước ghi nhận 1.240 ca mắc sởi.", [("Từ đầu năm đến ngày 30/11", "2026-01-01/2026-11-30")]),
    ("Từ đầu tháng đến hết 25/11, giá xăng tăng 3 lần.", [("Từ đầu tháng đến hết 25/11", "2026-11-01/2026-11-25")]),
    ("Từ đầu năm nay tới 30/11/2026, xuất khẩu đạt 400 tỷ USD.", [("Từ đầu năm nay tới 30/11/2026", "2026-01-01/2026-11-30")]),
    ("Từ đầu năm đến nay, giá vàng tăng.", [("Từ đầu năm đến nay", "2026-01-01/2026-12-02")]),
])
def test_from_the_start_of_the_year_to_a_day(text, expected):
    assert found(text, dt.date(2026, 12, 2)) == expected


def test_a_day_with_its_year_written_with_nam_is_checked_and_rewritten(isolated_dir):
    """``30/4 năm 2027 là thứ Năm``: the weekday is checked against 2027 (30/4/2026 was a Thursday); the
    house style writes the date whole."""
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 27/11/2026\n\nNgày 30/4 năm 2027 là thứ Năm.\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT101,DT106", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["suggestions"][:1]) for d in found_] == [("DT101", ["thứ Sáu"]), ("DT106", ["30/4/2027"])]


@pytest.mark.parametrize("text,reference,expected", [
    ("Cộng dồn từ đầu năm, thành phố có 21.300 ca mắc.", dt.date(2026, 11, 23), [("từ đầu năm", "2026-01-01/2026-11-23")]),
    ("Giao dịch đạt mức cao nhất từ đầu năm.", dt.date(2026, 11, 23), [("từ đầu năm", "2026-01-01/2026-11-23")]),
    ("Từ đầu tháng, trời mưa liên tục.", dt.date(2026, 11, 23), [("Từ đầu tháng", "2026-11-01/2026-11-23")]),
    ("Quy định mới có hiệu lực từ đầu năm.", dt.date(2026, 11, 23), []),  # what takes effect looks ahead
    ("Thành phố sẽ áp dụng từ đầu năm.", dt.date(2026, 11, 23), []),
    ("Từ đầu năm học, trường tổ chức nhiều hoạt động.", dt.date(2026, 11, 23), []),
    # a sentence about another year: its start, no span to the reference
    ("Cả năm 2026, nhiều ngân hàng vượt kế hoạch đề ra từ đầu năm.", dt.date(2027, 1, 28), [("năm 2026", "2026")]),
])
def test_since_the_start_of_the_year_without_den_nay(text, reference, expected):
    """``Cộng dồn từ đầu năm, …``: from the start of the reference's year to it, as ``từ đầu năm đến nay``."""
    assert found(text, reference) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chiến lược phát triển đến 2030, tầm nhìn 2045.", [("2030", "2030"), ("2045", "2045")]),
    ("Trước 2025, công ty lỗ; kế hoạch đến cuối 2027.", [("2025", "2025"), ("2027", "2027")]),
    ("Bảo tàng mở cửa từ 1975.", [("1975", "1975")]),
    ("Định hướng đến 2030 và 2045.", [("2030", "2030"), ("2045", "2045")]),  # the years listed after it
    ("Mục tiêu đến 2030 đạt 100% số xã.", []),  # the year ends no phrase: no telling it from a count
    ("Đến 2030 người tham dự.", []),
    ("Giá tăng đến 2030,5 đồng.", []),
])
def test_a_year_without_nam_after_a_word_of_time_ending_its_phrase(text, expected):
    """``định hướng đến 2030, tầm nhìn 2045``: a policy's years are written without năm; a year after a
    word of time that ends its phrase is one (a number there could be a count: ``đến 2030 người``)."""
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Xe chạy từ 5h đến 22h mỗi ngày, 15 phút một chuyến.", [("từ 5h đến 22h", "T05:00/T22:00")]),
    ("Phòng khám mở từ 7h30 đến 11h30 mỗi sáng.", [("từ 7h30 đến 11h30", "T07:30/T11:30")]),
    ("Anh làm từ 8 đến 10 giờ mỗi ngày.", []),  # hours counted: no clock's time written
    ("Anh ngủ 7 giờ mỗi đêm.", []),
])
def test_a_clock_span_is_a_time_of_day_before_a_word_of_counting(text, expected):
    """``từ 5h đến 22h mỗi ngày``: a clock's times from … to … are the service's hours (``mỗi`` after
    them had made the span a count); ``từ 8 đến 10 giờ mỗi ngày`` still counts hours."""
    assert found(text, dt.date(2026, 11, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong tháng này và quý tới, doanh thu tăng.", [("tháng này", "2026-11"), ("quý tới", "2027-Q1")]),
    ("Quý trước, lợi nhuận giảm.", [("Quý trước", "2026-Q3")]),
    ("Giá căn hộ trong quý I/2026 tăng 8% so với quý trước.", [("quý I/2026", "2026-Q1"), ("quý trước", "2025-Q4")]),
    ("Món quà quý sau bao năm xa cách.", []),  # quý: precious, after a noun
    ("Những kỷ vật quý này được trưng bày.", []),
])
def test_the_quarter_before_or_after(text, expected):
    """``quý tới``, ``quý trước``: the reference's quarter moved; after ``so với`` in a sentence naming a
    quarter, that quarter's neighbour."""
    assert found(text, dt.date(2026, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Khoảng 10-15 ngày nữa lúa sẽ chín.", [("10-15 ngày nữa", "2026-11-30/2026-12-05")]),
    ("Cách đây 2-3 tuần, giá heo tăng.", [("Cách đây 2-3 tuần", "2026-10-30/2026-11-06")]),
    ("Hai đến ba tháng nữa, công trình hoàn thành.", [("Hai đến ba tháng nữa", "2027-01/2027-02")]),
    ("Trong 2-3 ngày tới, trời mưa.", [("2-3 ngày tới", "2026-11-21/2026-11-23")]),  # the next three days
    ("Sáng 20-11 năm trước, trường tổ chức lễ.", [("20-11 năm trước", "2025-11-20")]),  # a day, no span
    ("Khoảng 2,5 năm trước, dự án khởi công.", []),  # not five years
])
def test_a_span_of_counts_is_the_days_between_them(text, expected):
    """``10-15 ngày nữa`` is read whole: from ten to fifteen days ahead, not the fifteenth day."""
    assert found(text, dt.date(2026, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    # a count from eleven to nineteen or a round ten in words: the whole number, not its last word
    ("Mười một năm trước, cô rời thành phố lên bản.", [("Mười một năm trước", "2015")]),
    ("Mười lăm ngày nữa là đến hạn.", [("Mười lăm ngày nữa", "2026-12-05")]),
    ("Hơn hai mươi năm qua, làng đã đổi khác.", [("hai mươi năm qua", "2006/2026")]),
    ("Hai mươi lăm năm trước, làng còn nghèo.", [("Hai mươi lăm năm trước", "2001")]),  # no "năm trước" after a count
    ("Gần hai mươi năm nay, cụ bán trà ở góc phố.", []),  # for twenty years now
    # two counts side by side, the second one more: between them (not thứ hai ba tuần trước: Monday)
    ("Ba bốn năm trước, giá đất còn rẻ.", [("Ba bốn năm trước", "2022/2023")]),
    ("Năm sáu ngày nữa là đến hạn.", [("Năm sáu ngày nữa", "2026-11-25/2026-11-26")]),
    ("Năm năm trước, anh về quê.", [("Năm năm trước", "2021")]),
    ("Vào thứ hai ba tuần trước, trời mưa.", [("ba tuần trước", "2026-10-30")]),
    ("Mười năm trước, tôi trượt đại học.", [("Mười năm trước", "2016")]),  # mười năm: ten years
    ("Mười hai giờ trưa, trời nắng.", [("Mười hai giờ trưa", "T12:00")]),
])
def test_a_count_spelled_in_two_words_is_read_whole(text, expected):
    """``Mười một năm trước`` had been read as ``một năm trước`` (2025, not 2015)."""
    assert found(text, dt.date(2026, 11, 20)) == expected


def test_a_week_compared_with_the_week_before_the_one_told():
    """``Riêng tuần qua … so với tuần trước`` had been last week twice: the week before the week the
    sentence tells is the one before it; alone, ``tuần trước`` is last week."""
    text = "Riêng tuần qua, thành phố ghi nhận 1.850 ca, tăng 12% so với tuần trước. Tuần trước, trời mưa."
    assert found(text, dt.date(2026, 12, 7)) == [
        ("tuần qua", "2026-11-30/2026-12-06"), ("tuần trước", "2026-11-23/2026-11-29"),
        ("Tuần trước", "2026-11-30/2026-12-06")]
    # a span that is no week (3 ngày qua) leaves tuần trước last week
    assert found("Trong 3 ngày qua, giá tăng 12% so với tuần trước.", dt.date(2026, 12, 7))[-1] == (
        "tuần trước", "2026-11-30/2026-12-06")


@pytest.mark.parametrize("text,expected", [
    ("Ngày mười chín tháng tám năm 1945, nhân dân Hà Nội giành chính quyền.",
     [("Ngày mười chín tháng tám năm 1945", "1945-08-19")]),
    ("Sáng mười hai tháng Ba, trời mưa.", [("Sáng mười hai tháng Ba", "2026-03-12")]),
    ("Ngày hai tháng chín năm nay, phố phường rợp cờ.", [("Ngày hai tháng chín năm nay", "2026-09-02")]),
    ("Mỗi ngày ba tháng một lần.", []),  # no day after ngày: counts
    ("Ngày mười lăm tháng Ba hằng năm là ngày Quyền của người tiêu dùng.", []),  # every year
])
def test_a_solar_day_written_in_words(text, expected):
    """``Ngày mười chín tháng tám năm 1945`` had been only its month."""
    assert found(text, dt.date(2026, 11, 20)) == expected


@pytest.mark.parametrize("text,expected", [
    # a lunar day in words: after mùng or mồng, past the tenth without it, or the last days before Tết
    ("Mùng một Tết, cả nhà đi chùa.", [("Mùng một Tết", "2027-02-06")]),
    ("Ngày mồng một tháng Giêng, cả nhà đi lễ.", [("Ngày mồng một tháng Giêng", "2027-02-06")]),
    ("Ngày mười lăm tháng Tám âm lịch, trẻ em rước đèn.", [("Ngày mười lăm tháng Tám âm lịch", "2026-09-25")]),
    ("Ngày hai mươi ba tháng Chạp, nhà nhà tiễn ông Táo.", [("Ngày hai mươi ba tháng Chạp", "2027-01-30")]),
    ("Chiều ba mươi Tết, cả nhà quây quần.", [("ba mươi Tết", "2027-02-05")]),
    # three months of the first lunar month, not its third day; a count of Tết spent away
    ("Ba tháng Giêng trôi qua.", [("tháng Giêng", "2027-02-06/2027-03-07")]),
    ("Trải qua hai mươi lăm Tết xa nhà.", []),
])
def test_a_lunar_day_written_in_words(text, expected):
    """``Mùng một Tết``, ``hai mươi ba tháng Chạp``, ``ba mươi Tết`` had been no date, or only the month."""
    assert found(text, dt.date(2026, 11, 20)) == expected

@pytest.mark.parametrize("text,expected", [
    ('Ngày thơ lấy cảm hứng từ bài thơ "Rằm tháng giêng" của Chủ tịch Hồ Chí Minh.', []),
    ("Ca sĩ hát ca khúc “Mùa xuân 1975” trong đêm nhạc ngày 20/11.", [("20/11", "2026-11-20")]),
    ('Bộ phim "Ngày 30/4" ra rạp từ 5/12.', [("5/12", "2026-12-05")]),
    # a quotation that is no work's title keeps its dates
    ('Ông nói: "Ngày 30/4 là ngày vui nhất".', [("30/4", "2026-04-30")]),
    # an article's title in a correction (had been last October)
    ('Trong bài "Hà Nội thu phí xe vào nội đô từ tháng 10" đăng ngày 9/11/2026, chúng tôi viết sai.',
     [("9/11/2026", "2026-11-09")]),
])
def test_a_works_quoted_title_is_no_date(text, expected):
    """``bài thơ "Rằm tháng giêng"`` had been the full moon of January in the year the sentence named
    before (2003): a poem's, song's, film's or book's title in quotation marks names the work."""
    assert found(text, dt.date(2026, 11, 20)) == expected

@pytest.mark.parametrize("text,expected", [
    ("Lễ hội Katê được tổ chức vào ngày 1 tháng 7 theo lịch Chăm.", []),
    ("Lễ hội Katê diễn ra ngày 20/9, tức ngày 1 tháng 7 theo lịch Chăm.", [("20/9", "2026-09-20")]),
    ("Tháng 9 theo lịch Hồi giáo là tháng Ramadan.", []),
    ("Ngày 15/4 (theo Phật lịch) là ngày lễ lớn.", []),
    # the Buddhist era before its year names the year of a Vietnamese holiday, no other calendar's day
    ("Đại lễ Phật đản Phật lịch 2570 diễn ra vào ngày 31/5.", [("Phật đản", "2026-05-31"), ("31/5", "2026-05-31")]),
    # the solar calendar's own words are no other calendar: theo lịch trình is a schedule
    ("Hôm 12/2 theo lịch trình, đoàn khởi hành.", [("12/2", "2026-02-12")]),
])
def test_a_day_of_another_calendar_is_no_solar_date(text, expected):
    """``ngày 1 tháng 7 theo lịch Chăm`` (the Cham festival of Katê, which falls in September or
    October) had been the first of July: a day or month told in another calendar has no solar day
    the text gives."""
    assert found(text, dt.date(2026, 11, 20)) == expected


def test_a_joined_lunar_range_keeps_its_solar_day_in_the_house_style(isolated_dir):
    """``Từ mùng 1 Tết đến 20/2``: the joined range lost the numeric form of 20/2, so DT106 and the
    normalized form no longer saw it."""
    (isolated_dir / "editkit.toml").write_text('date-style = "dd/mm/yyyy"\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text("Thứ Ba, 10/2/2026\n\nTin\n\nTừ mùng 1 Tết đến 20/2, đoàn làm việc.\n", encoding="utf-8")
    data = run_cli("dates", "--format", "json", "a.txt").json()
    assert [(d["kind"], d.get("normalized")) for d in data["dates"][1:]] == [("range", "Từ mùng 1 Tết đến 20/02")]
    lint = run_cli("lint", "--format", "json", "--select", "DT106", "a.txt").json()
    assert [d["text"] for d in lint["files"][0]["diagnostics"]] == ["20/2"]


def test_a_past_in_a_clause_of_purpose_after_the_date_is_not_the_dated_acts(isolated_dir):
    """``được tổ chức vào rằm tháng 10 âm lịch để tạ ơn thần Mặt Trăng đã ban cho mưa thuận gió hòa``: the
    past is the moon's gift (DT104 had reported the coming full moon); ``đã`` before the date still counts."""
    (isolated_dir / "a.txt").write_text(
        "Thứ Sáu, 10/11/2028\n\nLễ hội Ok Om Bok\n\nOk Om Bok là lễ cúng trăng, được người Khmer tổ chức vào rằm tháng 10 "
        "âm lịch để tạ ơn thần Mặt Trăng đã ban cho mưa thuận gió hòa.\n\nĐoàn đã đến thăm chùa ngày 20/11 để dâng hương.\n",
        "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["20/11"]


def test_a_schedule_announced_earlier_in_the_sentence_may_lie_months_ahead(isolated_dir):
    """DT104: ``vừa công bố tour diễn, … đêm diễn ngày 21/3/2027`` tells the schedule, three months on;
    ``đã công bố kết quả ngày 30/11`` four days on is still a past event dated after publication."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 26/11/2026\n\nNhóm nhạc vừa công bố tour diễn châu Á, trong đó có đêm diễn tại Hà Nội "
        "ngày 21/3/2027.\n\nBộ đã công bố kết quả thi ngày 30/11.\n\nGia đình đã đặt vé cho chuyến bay ngày 5/12.\n\n"
        "Vé tàu đi Vinh các ngày 1 và 2/12 đã bán được hơn 90%.\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["start"]["line"] for d in found] == [5]  # a booking or a ticket is for what lies ahead, however soon


def test_a_bare_time_falls_on_the_one_day_named_before_it_in_its_sentence(isolated_dir):
    """``đêm 24/12 … lúc 22 giờ``: the time carries the optional contract field ``date``; not across
    a sentence, nor after a range; a clock's span after kéo dài is a span of the day."""
    text = ("Lễ hội đêm 24/12 sẽ bắt đầu lúc 22 giờ. Ngày 25/12, mọi người nghỉ. Lúc 9 giờ, chợ mở cửa. "
            "Từ ngày 1 đến 3/12, cửa hàng mở lúc 8 giờ. Sáng nay, cuộc họp kéo dài từ 8h đến 11h30.")
    data = run_cli("dates", "--ref", "2026-12-20", "--format", "json", "-", input=text.encode()).json()
    validate(data, "dates-output.schema.json")
    times = [(m["text"], m["value"], m.get("date")) for m in data["dates"] if m["kind"] == "time"]
    assert times == [("22 giờ", "T22:00", "2026-12-24"), ("9 giờ", "T09:00", None), ("8 giờ", "T08:00", None),
                     ("từ 8h đến 11h30", "T08:00/T11:30", "2026-12-20")]


def test_a_live_reports_entries_fall_on_the_day_told_before_them():
    """``Tối qua (3/12), …`` over ``19h12: Vàooo! …`` lines: the entries' times had no day; a day an entry
    names itself (the return leg's ``ngày 2/12``) is no day for the entries after it."""
    text = ("(Thể thao) - Tối qua (3/12), đội tuyển thắng 5-0.\n\n19h12: Vàooo! Huỳnh Như mở tỷ số.\n\n"
            "20h05: Hết hiệp một. Trận lượt về diễn ra lúc 19h ngày 6/12.\n\n21h02: Bích Thùy ghi bàn thứ năm.\n\n"
            "Hôm nay, đội nghỉ ngơi lúc 10h.\n")
    times = [(m.text, m.on_day) for m in find_dates(text, dt.date(2026, 12, 4)) if m.kind == "time"]
    assert times == [("19h12", dt.date(2026, 12, 3)), ("20h05", dt.date(2026, 12, 3)), ("21h02", dt.date(2026, 12, 3)),
                     ("10h", dt.date(2026, 12, 4))]


def test_a_live_report_that_tells_no_other_day_has_its_entries_on_its_datelines_day():
    """A live report opened at its stamp (``Thứ Bảy, 28/11/2026 - 19:00``) whose entries (``21:25 | Hết trận``) tell
    no day: they are the stamp's day; an entry earlier than the stamp's time (past midnight, or the stamp the last
    update's) gets none."""
    text = ("Thứ Bảy, 28/11/2026 - 19:00\nTrực tiếp Việt Nam - Thái Lan\nĐội tuyển Việt Nam tiếp Thái Lan trên sân Mỹ Đình.\n"
            "21:25 | Hết trận\nViệt Nam thắng 2-1.\n19:35 | Bàn mở tỷ số\nQuang Hải sút phạt.\n00:15 | Người hâm mộ ra về\n")
    times = [(m.text, m.on_day) for m in find_dates(text, None) if m.kind == "time"]
    assert times == [("21:25", dt.date(2026, 11, 28)), ("19:35", dt.date(2026, 11, 28)), ("00:15", None)]


def test_an_apps_age_of_a_story_over_its_headline_is_no_time():
    """``Báo Mới`` / ``Tuổi Trẻ`` / ``1 giờ`` / the headline: the age (an hour ago) had been a time of 01:00; a
    programme's ``7 giờ`` alone on its line in the body is still a time."""
    assert find_dates("Báo Mới\nTuổi Trẻ\n1 giờ\nSân bay Long Thành đón chuyến bay đầu tiên\n", None) == []
    programme = "Lễ khai mạc\nHội chợ\nNông sản\nChương trình:\n7 giờ\nKhai mạc\n"
    assert [(m.text, m.value) for m in find_dates(programme, None)] == [("7 giờ", "T07:00")]


def test_a_bare_time_with_its_own_day_of_the_month_after_it_takes_no_day_before_it():
    """``từ chiều 22 tháng Chạp đến trước 12h trưa ngày 23``: the time is the 23rd's, which no mention
    dates; it had taken the 22nd."""
    text = "Các gia đình có thể cúng từ chiều 22 tháng Chạp đến trước 12h trưa ngày 23."
    times = [(m.text, m.on_day) for m in find_dates(text, dt.date(2026, 12, 16)) if m.kind == "time"]
    assert times == [("12h trưa", None)]
    assert [m.on_day for m in find_dates("Lễ hội đêm 24/12 sẽ bắt đầu lúc 22 giờ.", dt.date(2026, 12, 16))
            if m.kind == "time"] == [dt.date(2026, 12, 24)]


def test_the_times_listed_under_a_day_that_heads_the_list_fall_on_it(isolated_dir):
    """A fixture list: ``Thứ Sáu, ngày 4/12:`` over ``- 17h00: …`` lines (the times had no day); a
    paragraph between ends the list, and a time in running text after it keeps none (``Lúc 20h`` after a
    paragraph ending on ``vòng`` had been hours counted, ``vòng 20h``, across the blank line)."""
    text = ("Thứ Sáu, ngày 4/12:\n- 17h00: Sông Lam Nghệ An - Hải Phòng\n- 19h15: Hà Nội FC - Thể Công\n\n"
            "Chủ nhật, ngày 6/12:\n\n- 17h00: Hồng Lĩnh Hà Tĩnh - Quảng Nam\n\nSau 11 vòng, Nam Định dẫn đầu.\n\n"
            "- 19h15: trận đấu muộn nhất vòng\n\nLúc 20h, ban tổ chức họp báo.\n")
    data = run_cli("dates", "--ref", "2026-12-01", "--format", "json", "-", input=text.encode()).json()
    validate(data, "dates-output.schema.json")
    times = [(m["text"], m.get("date")) for m in data["dates"] if m["kind"] == "time"]
    assert times == [("17h00", "2026-12-04"), ("19h15", "2026-12-04"), ("17h00", "2026-12-06"), ("19h15", None),
                     ("20h", None)]


def test_a_list_of_times_falls_on_the_day_of_its_first(isolated_dir):
    """``ngày 25/12 có các thánh lễ lúc 5h, 7h, 9h và 17h``: every time of the list (the last after và
    too) is that day's; hours counted stay no time (``mất 3 giờ và 4 giờ về``)."""
    text = "Ngày 25/12 có các thánh lễ lúc 5h, 7h, 9h và 17h. Chuyến đi mất 3 giờ và 4 giờ về."
    data = run_cli("dates", "--ref", "2026-12-20", "--format", "json", "-", input=text.encode()).json()
    validate(data, "dates-output.schema.json")
    times = [(m["text"], m.get("date")) for m in data["dates"] if m["kind"] == "time"]
    assert times == [("5h", "2026-12-25"), ("7h", "2026-12-25"), ("9h", "2026-12-25"), ("17h", "2026-12-25")]


def test_a_span_of_hours_without_tu_and_a_day_written_after_a_time(isolated_dir):
    """``lúc 4 - 6 giờ chiều`` is a span of the day (it gave ``6 giờ chiều`` alone); the day written
    right after a time is its day, not one named earlier in the sentence; ``cách nhau 4 - 6 giờ``
    counts hours."""
    text = ("Ngày 10/12, ban quản lý thông báo họp lúc 4 - 6 giờ chiều thứ Bảy tuần này. "
            "Uống thuốc cách nhau 4 - 6 giờ. Khoảng 7-9 giờ sáng, đường tắc.")
    data = run_cli("dates", "--ref", "2026-12-10", "--format", "json", "-", input=text.encode()).json()
    validate(data, "dates-output.schema.json")
    times = [(m["text"], m["value"], m.get("date")) for m in data["dates"] if m["kind"] == "time"]
    assert times == [("4 - 6 giờ chiều", "T16:00/T18:00", "2026-12-12"), ("7-9 giờ sáng", "T07:00/T09:00", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Khoảng 3h30 rạng sáng 24/12, xe khách tông xe tải.", [("3h30 rạng sáng 24/12", "2026-12-24T03:30")]),
    ("Khoảng 11 giờ khuya 24/12, cháy nhà.", [("11 giờ khuya 24/12", "2026-12-24T23:00")]),
    ("Khoảng 1h khuya 24/12, cháy nhà.", [("1h khuya 24/12", "2026-12-24T01:00")]),
])
def test_a_time_before_rang_sang_or_khuya_and_its_date_is_one_moment(text, expected):
    assert found(text, dt.date(2026, 12, 24)) == expected


@pytest.mark.parametrize("text", [
    "Học sinh nghỉ từ ngày 4/2 đến hết ngày 11/2/2027 (tức từ 28 tháng Chạp năm Bính Ngọ đến hết mùng 5 tháng Giêng năm Đinh Mùi).",
    "Học sinh nghỉ từ 28 tháng Chạp năm Bính Ngọ đến hết mùng 5 tháng Giêng năm Đinh Mùi (tức từ 4/2 đến 11/2/2027).",
])
def test_a_range_glossed_by_two_lunar_days_with_their_years(isolated_dir, text):
    """DT110: a lunar gloss whose days carry their years is two lunar mentions joined by đến, not one
    range: the check read it as no gloss at all (Tết Đinh Mùi is 6/2/2027, so 11/2 is mùng 6)."""
    right = text.replace("mùng 5", "mùng 6")
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 4/1/2027\n\n{text}\n\n{right}\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["suggestions"]) for d in found] == [(3, ["28/12–6/1"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Giá xăng có thể tăng trong trung tuần tháng 1.", [("trung tuần tháng 1", "2027-01-11/2027-01-20")]),
    ("Giải chạy diễn ra vào hạ tuần tháng 12 năm nay.", [("hạ tuần tháng 12 năm nay", "2027-12-21/2027-12-31")]),
    ("Hạ tuần tháng 2/2028 trời ấm.", [("Hạ tuần tháng 2/2028", "2028-02-21/2028-02-29")]),
    ("Thượng tuần tháng Ba, hoa gạo nở.", [("Thượng tuần tháng Ba", "2027-03-01/2027-03-10")]),
])
def test_a_third_of_a_month_is_its_ten_days(text, expected):
    """thượng, trung, hạ tuần: the first, middle and last ten days of a month (read as the whole month)."""
    assert found(text, dt.date(2027, 1, 7)) == expected


def test_a_ranges_end_glossed_with_its_cue_repeated(isolated_dir):
    """DT110: ``từ 15/12/2027 đến hết ngày 29/2/2028, tức đến hết rằm tháng Giêng`` (the full moon is 9/2);
    the right end and a single day glossed stay silent, a wrong single day is reported."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 26/11/2027\n\nCao điểm kéo dài từ ngày 15/12/2027 đến hết ngày 29/2/2028, tức đến hết rằm tháng Giêng.\n\n"
        "Cao điểm kéo dài từ ngày 15/12/2027 đến hết ngày 9/2/2028, tức đến hết rằm tháng Giêng.\n\n"
        "Lễ hội kết thúc ngày 9/2/2028, tức rằm tháng Giêng.\n\nLễ hội kết thúc ngày 10/2/2028, tức rằm tháng Giêng.\n",
        "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["suggestions"]) for d in found] == [(3, ["5/2"]), (9, ["16/1"])]


def test_a_lunar_range_and_its_solar_gloss_must_cover_the_same_days(isolated_dir):
    """DT110: the Lim festival's 12–14 of the first lunar month 2027 are 17–19 February, not 18–20."""
    (isolated_dir / "a.txt").write_text(
        "Bắc Ninh, ngày 30/12/2026\n\nLễ hội diễn ra từ ngày 12 đến 14 tháng Giêng âm lịch (tức từ 18 đến 20/2/2027).\n\n"
        "Hội Lim diễn ra từ ngày 12 đến 14 tháng Giêng âm lịch (tức từ 17 đến 19/2/2027).\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["suggestions"]) for d in found] == [(3, ["13/1–15/1"])]


def test_a_lunar_range_named_by_its_years_name_is_checked_as_a_gloss(isolated_dir):
    """``từ ngày 18 đến ngày 20 tháng 3 năm 2029 (tức ngày 12 đến ngày 14 tháng 2 năm Kỷ Dậu)``: the gloss is
    lunar by its year's name alone, and 18–20/3/2029 are the 4th–6th of the second lunar month (DT110 had
    read both ranges as solar ones and said nothing)."""
    (isolated_dir / "a.txt").write_text(
        "Ninh Bình, ngày 12 tháng 12 năm 2028\n\nLễ hội diễn ra từ ngày 18 đến ngày 20 tháng 3 năm 2029 (tức ngày 12 đến "
        "ngày 14 tháng 2 năm Kỷ Dậu).\n\nHội chợ diễn ra từ ngày 26 đến ngày 28 tháng 3 năm 2029 (tức ngày 12 đến ngày 14 "
        "tháng 2 năm Kỷ Dậu).\n", "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["suggestions"]) for d in found] == [(3, ["4/2–6/2"])]


@pytest.mark.parametrize("text,mismatch", [
    ("Từ 7h30 đến 16h30 thứ Hai (25/1), khu vực mất điện.", False),  # 25/1/2021 was a Monday
    ("Từ 7h30 đến 16h30 thứ Ba (25/1), khu vực mất điện.", True),
    ("Từ 7h đến 9h Chủ nhật, 24/1 cấm đường.", False),
])
def test_a_span_of_hours_on_a_weekdays_date_is_one_range_with_its_weekday_checked(text, mismatch):
    """``từ 7h30 đến 16h30 thứ Hai (1/3)``, as a power cut's notice writes it: the hours of that day."""
    (mention,) = find_dates(text, REF)
    assert mention.kind == "range" and mention.value.startswith("2021-01-2") and "/" in mention.value
    assert mention.weekday_mismatch is mismatch


@pytest.mark.parametrize("text,expected", [
    ("Lễ viếng từ 7 giờ đến 11 giờ ngày 27 tháng 11 năm 2027 tại nhà riêng.",
     ("từ 7 giờ đến 11 giờ ngày 27 tháng 11 năm 2027", "2027-11-27T07:00/2027-11-27T11:00")),
    ("Hội nghị từ 8h đến 11h30 ngày 3 tháng Mười Hai.", ("từ 8h đến 11h30 ngày 3 tháng Mười Hai", "2027-12-03T08:00/2027-12-03T11:30")),
    ("Làm việc từ 8 đến 11 giờ, Chủ nhật, ngày 28 tháng 11 năm 2027.",
     ("từ 8 đến 11 giờ, Chủ nhật, ngày 28 tháng 11 năm 2027", "2027-11-28T08:00/2027-11-28T11:00")),
])
def test_a_span_of_hours_on_a_written_out_date_is_one_range(text, expected):
    """``từ 7 giờ đến 11 giờ ngày 27 tháng 11 năm 2027``, as an obituary writes its hours of visiting."""
    assert found(text, dt.date(2027, 11, 26)) == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # a public holiday's day off is written about months ahead: the coming one from 100 days ahead
    ("Đường sắt tăng chuyến dịp 30/4 - 1/5.", dt.date(2027, 2, 26), "2027-04-30/2027-05-01"),
    ("Kỳ nghỉ kéo dài từ 30/4 đến hết ngày 3/5.", dt.date(2027, 2, 26), "2027-04-30/2027-05-03"),
    ("Vé tàu dịp nghỉ lễ 2/9 bắt đầu mở bán.", dt.date(2027, 6, 1), "2027-09-02"),
    # unless the sentence looks back, or the day lies further ahead; any other day stays the past one
    ("Dịp 30/4 - 1/5 đã có 40.000 khách đi tàu.", dt.date(2027, 2, 26), "2026-04-30/2026-05-01"),
    ("Vé tàu dịp nghỉ lễ 2/9 bắt đầu mở bán.", dt.date(2027, 3, 1), "2026-09-02"),
    ("Hội chợ ngày 30/5 thu hút nhiều khách.", dt.date(2027, 2, 26), "2026-05-30"),
    # within a month ahead it is the coming one even in the past tense: what is booked for it is told as done
    ("Các khách sạn đã kín phòng dịp Tết Dương lịch.", dt.date(2027, 12, 10), "2028-01-01"),
    ("Các khách sạn đã kín phòng dịp Tết Dương lịch.", dt.date(2027, 11, 20), "2027-01-01"),
])
def test_a_public_holidays_day_off_is_the_coming_one_months_ahead(text, reference, expected):
    assert [value for _, value in found(text, reference)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a deadline for a year's work lies in the next year
    ("Hạn chót quyết toán thuế thu nhập cá nhân năm 2026 là ngày 31/3.", "2027-03-31"),
    # a year that frames the sentence is the day's, a plan and all
    ("Năm 2025, dự kiến hội chợ diễn ra ngày 15/3 nhưng bị hoãn.", "2025-03-15"),
    ("Năm 2026, hạn chót nộp hồ sơ là ngày 15/2.", "2026-02-15"),  # its next occurrence a year away
])
def test_a_deadline_for_a_years_work_lies_after_that_year(text, expected):
    assert found(text, dt.date(2027, 2, 26))[-1][1] == expected


@pytest.mark.parametrize("text,expected", [
    # hôm and a weekday's name: the last day of that name on or before the reference (a Friday)
    ("Hôm thứ Hai, Quốc hội Hàn Quốc thông qua dự luật.", [("Hôm thứ Hai", "2027-02-22")]),
    ("Hôm Chủ nhật, chợ phiên đông hơn mọi tuần.", [("Hôm Chủ nhật", "2027-02-21")]),
    ("Hôm thứ Sáu, chỉ số tăng 12 điểm.", [("Hôm thứ Sáu", "2027-02-26")]),
    # an ordinal (the second day of something), a date written after it
    ("Sang hôm thứ hai của hội nghị, các đại biểu thảo luận.", []),
    ("Hôm thứ Hai (22/2), đội thắng.", [("thứ Hai (22/2)", "2027-02-22")]),
])
def test_hom_and_a_weekdays_name_is_the_last_such_day(text, expected):
    assert found(text, dt.date(2027, 2, 26)) == expected


def test_a_place_word_before_a_span_of_days_keeps_it_a_span():
    """``hẻm 7/10`` is an address, but ``cấm đường từ 1/3 đến 5/3`` closes the road on those days."""
    assert found("Cấm đường từ 1/3 đến 5/3.", dt.date(2027, 2, 28)) == [("từ 1/3 đến 5/3", "2027-03-01/2027-03-05")]


@pytest.mark.parametrize("text,expected", [
    # a school year or a football season runs from August to July: its days and months take its years
    ("Học kỳ II năm học 2026-2027 kết thúc trước ngày 25/5.", "2027-05-25"),
    ("Năm học 2026 - 2027 khai giảng ngày 5/9.", "2026-09-05"),
    ("Mùa giải 2026/27 khép lại vào tháng 5.", "2027-05"),
    ("Năm học 2026 - 2027, học sinh nghỉ từ 30/12 đến 2/1.", "2026-12-30/2027-01-02"),
    # so does the winter-spring rice crop, sown from November (its sowing had been next November's)
    ("Vụ lúa đông xuân 2026-2027 dự kiến gieo sạ từ ngày 10/11 đến 31/12.", "2026-11-10/2026-12-31"),
    ("Vụ Đông Xuân 2026 - 2027 dự kiến thu hoạch từ ngày 15/3.", "2027-03-15"),
    # a term of office is no school year
    ("Nhiệm kỳ 2026 - 2031 bắt đầu ngày 25/5.", "2026-05-25"),
])
def test_a_school_years_days_take_its_years(text, expected):
    assert found(text, dt.date(2027, 2, 26))[-1][1] == expected


@pytest.mark.parametrize("text,expected", [
    # a task to be done before a day: a deadline, which lies ahead
    ("Các trường hoàn thành đánh giá học sinh cuối năm trước ngày 20/5.", [("20/5", "2027-05-20")]),
    ("Hồ sơ nộp trước 15/6.", [("15/6", "2027-06-15")]),
    # told in the past, it is the past one
    ("Ông đã hoàn thành trước ngày 20/5.", [("20/5", "2026-05-20")]),
    # the year's end before a day is no last year
    ("Học sinh được đánh giá cuối năm trước ngày 20/5 hằng năm.", []),
    ("Tháng trước ngày Tết, giá tăng.", []),
])
def test_a_task_due_before_a_day_lies_ahead(text, expected):
    assert found(text, dt.date(2027, 2, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day whose year is only guessed from the publication date joins the days the article dates
    ("Đại lễ Phật đản năm nay rơi vào ngày 20/5. Đêm 19/5, lễ hoa đăng được tổ chức trên sông Hương.", "2027-05-19"),
    ("Đêm 19/5, lễ hoa đăng được tổ chức trên sông Hương.", "2026-05-19"),  # nothing near: the guess stands
    # told in the past, its year is no guess
    ("Đại lễ Phật đản năm nay rơi vào ngày 20/5. Đêm 19/5, lễ hoa đăng đã được tổ chức.", "2026-05-19"),
])
def test_a_guessed_day_joins_the_days_the_article_dates(text, expected):
    assert found(text, dt.date(2027, 2, 26))[-1][1] == expected


@pytest.mark.parametrize("text,expected", [
    # a range guessed so joins them too, its times kept
    ("Dự kiến, điểm thi được công bố vào 8h ngày 15/7. Thí sinh đăng ký xét tuyển từ ngày 16/7 đến 17h ngày 30/7.",
     "2028-07-16/2028-07-30T17:00"),
    ("Thí sinh nhập học từ ngày 16/7 đến ngày 30/7.", "2027-07-16/2027-07-30"),  # nothing near: the guess stands
])
def test_a_guessed_range_joins_the_days_the_article_dates(text, expected):
    assert found(text, dt.date(2028, 5, 8))[-1][1] == expected


def test_a_guessed_range_with_one_numeric_end_is_left_as_it_is():
    """A text of random pieces (the fuzzer's) joined a range with one end written as a number: moving
    its years raised IndexError on its missing second end."""
    text = ("từ 7 giờ đến 11 giờ ngày 27 tháng 11 năm 2027Năm 1975,  và năm quaĐọi Tam giữThay mặt gia đình\n"
            "các ngày 18 và 23/3Trưởng nam Trần Văn Lâm(thời gian bay khoảng 8 giờ 15 phútthứ Ba (từ ngày 16/7 đến "
            "17h ngày 30/715.09.24thành tích 2 giờ 14 phút 52 giâyvào tháng 7ngày 2 tháng 9 năm 1789Chiều 25/2hạn "
            "chót là 01/10/24Sáng 18/2, ngày vía Thần Tài, các năm 2008, 2018 và 2024tuyển sinh lớp 10 năm học "
            "2027-2028Quyết định số 2150/QĐ-UBND ngày 20/11/2027, ")
    assert find_dates(text, dt.date(2027, 2, 26))


@pytest.mark.parametrize("text,expected", [
    ("Trung thu năm nay, trẻ em rước đèn.", [("Trung thu năm nay", "2029-09-22")]),
    ("Dịp Trung thu, thị trường bánh trung thu sôi động.", [("Trung thu", "2028-10-03")]),  # the mooncakes: no day
    ("Bánh trung thu giá cao.", []),
    ("Bánh trung thu năm nay có giá từ 60.000 đồng.", [("năm nay", "2029")]),  # this year's mooncakes: no day
])
def test_the_mid_autumn_festival_without_tet_after_a_word_of_time(text, expected):
    assert found(text, dt.date(2029, 1, 10)) == expected


@pytest.mark.parametrize("reference", [dt.date(2029, 1, 10), dt.date(2028, 12, 10), dt.date(2028, 6, 10)])
def test_a_day_of_the_last_lunar_months_this_year_is_this_lunar_years(reference):
    """``Rằm tháng Chạp năm nay`` written in January 2029, before Tết, was the Chạp of lunar 2029, in
    January 2030; it is lunar 2028's (29/1/2029), as in December or in June of 2028. ``30 Tết năm nay``
    had lost its day to ``Tết năm nay``: the eve of the Tết the year word names."""
    assert found("Rằm tháng Chạp năm nay, gia đình làm giỗ.", reference) == [("Rằm tháng Chạp năm nay", "2029-01-29")]
    # the Tết năm nay names: the coming one in the season before it, else this year's (29 days: 30 Tết is the eve)
    eve = "2028-01-25" if reference.month == 6 else "2029-02-12"
    assert found("Ngày 30 Tết năm nay, chợ đông.", reference) == [("30 Tết năm nay", eve)]
    # and so is the month itself, the year word told apart from it (Năm nay tháng Chạp thiếu, written in
    # January before Tết, had been the Chạp of January 2030)
    assert found("Năm nay tháng Chạp thiếu.", reference)[1] == ("tháng Chạp", "2029-01-15/2029-02-12")


def test_a_lunar_holiday_glossed_by_the_day_it_falls_on_takes_that_days_year():
    """Written in December 2026, ``Năm nay`` carries 2026 into the sentence, but ``Tết Nguyên đán rơi vào
    thứ Bảy ngày 6/2/2027`` names the coming Tết by its day; a lunar year written in the holiday stands."""
    text = "Năm nay, Tết Nguyên đán rơi vào thứ Bảy ngày 6/2/2027."
    assert ("Tết Nguyên đán", "2027-02-06") in found(text, dt.date(2026, 12, 10))
    assert ("Tết Nguyên đán Ất Tỵ", "2025-01-29") in found("Tết Nguyên đán Ất Tỵ (tức 29/1/2024).", dt.date(2026, 12, 10))


@pytest.mark.parametrize("text,reference,expected,mismatch", [
    # a weekday stated for a date: checked by DT101
    ("Ngày 8/3 năm nay rơi vào thứ Ba.", dt.date(2027, 2, 26), "2027-03-08", True),  # a Monday
    ("Ngày 8/3 năm nay rơi vào thứ Hai.", dt.date(2027, 2, 26), "2027-03-08", False),
    # a day whose year was inferred takes the year of its weekday when that lies hardly farther away
    ("Thứ Năm (2/9), trường khai giảng.", dt.date(2027, 2, 26), "2027-09-02", False),
    ("Ngày 2/9 rơi vào thứ Năm.", dt.date(2027, 2, 26), "2027-09-02", False),
    # a weekday that fits only a year far off is a slip
    ("Thứ Tư (22/1), hội nghị họp.", dt.date(2021, 1, 21), "2021-01-22", True),
    ("Chủ nhật, 7/10, đoàn đến.", dt.date(2027, 2, 26), "2026-10-07", True),
])
def test_a_weekday_stated_for_a_date_is_checked_and_picks_its_year(text, reference, expected, mismatch):
    (mention,) = [m for m in find_dates(text, reference) if m.day is not None]
    assert (mention.value, mention.weekday_mismatch) == (expected, mismatch)


@pytest.mark.parametrize("text,reference,expected,weekday,mismatch", [
    # a day in words with its weekday before it (19/8/1945 was a Sunday)
    ("Thứ Hai, ngày mười chín tháng Tám năm 1945, trời nắng.", dt.date(2026, 11, 27), "1945-08-19", 1, True),
    ("Chủ nhật, ngày mười chín tháng Tám năm 1945, trời nắng.", dt.date(2026, 11, 27), "1945-08-19", 7, False),
    # a lunar day with its weekday before it (Tết Đinh Mùi is Saturday 6/2/2027)
    ("Sáng thứ Tư, mùng 1 Tết Đinh Mùi 2027, người dân đi lễ chùa.", dt.date(2026, 11, 27), "2027-02-06", 3, True),
    ("Sáng thứ Bảy, mùng 1 Tết, người dân đi lễ chùa.", dt.date(2026, 11, 27), "2027-02-06", 6, False),
    # no year written: the lunar year where the weekday fits, if hardly farther away (Tết 2026 was a Tuesday)
    ("Sáng thứ Ba, mùng 1 Tết, người dân đi lễ chùa.", dt.date(2026, 4, 1), "2026-02-17", 2, False),
])
def test_a_weekday_before_a_day_in_words_or_a_lunar_day_is_checked(text, reference, expected, weekday, mismatch):
    (mention,) = [m for m in find_dates(text, reference) if m.day is not None]
    assert (mention.value, mention.weekday, mention.weekday_mismatch) == (expected, weekday, mismatch)


@pytest.mark.parametrize("text,reference,expected", [
    # thứ hai after a noun an ordinal counts is "second": no weekday, so no mismatch to report
    ("Lần thứ hai, ngày 5/3/2021, ông trở lại Hà Nội.", dt.date(2021, 3, 10), None),
    ("Đây là lần thứ ba ngày 12/4/2021 ông đến đây.", dt.date(2021, 4, 20), None),
    ("Kỳ họp thứ năm, ngày 21/1/2027, bế mạc.", dt.date(2027, 1, 25), None),
    # a weekday's capital or its day in brackets keeps it a weekday after such a noun (Friday's session)
    ("Riêng phiên thứ Sáu (26/2), chỉ số tăng.", dt.date(2027, 2, 27), 5),
    ("Riêng phiên thứ sáu (26/2), chỉ số tăng.", dt.date(2027, 2, 27), 5),
    ("Phiên thứ Hai, ngày 1/3/2027, chỉ số giảm.", dt.date(2027, 3, 2), 1),
])
def test_an_ordinal_after_a_counted_noun_is_no_weekday(text, reference, expected):
    (mention,) = [m for m in find_dates(text, reference) if m.day is not None]
    assert (mention.weekday, mention.weekday_mismatch) == (expected, False)


@pytest.mark.parametrize("text", [
    "Nhớ ngày Quốc khánh đầu tiên của dân tộc.",  # 1945's, not this year's
    "Đó là cái Tết đầu tiên xa nhà của tôi.",
    "Tết Nguyên đán đầu tiên sau ngày thống nhất, cả nước vui mừng.",
])
def test_a_holidays_first_one_is_no_date_of_the_reference_year(text):
    assert found(text, dt.date(2026, 11, 27)) == []
    assert found(text.replace(" đầu tiên", " năm nay"), dt.date(2026, 11, 27)) != []


@pytest.mark.parametrize("text,expected", [
    # told just now (vừa), what was announced starts on the day named, a few weeks ahead, not a year back
    ("Một hãng bay vừa khai trương đường bay thẳng Đà Nẵng - Seoul, khởi hành từ ngày 15/12.", "2026-12-15"),
    ("Hãng vừa công bố đường bay mới, bắt đầu từ 15/12.", "2026-12-15"),
    ("Từ ngày 20/11, giá xăng vừa tăng.", "2026-11-20"),  # a day just back stays back
    ("Hãng vừa khai trương đường bay mới vào ngày 15/12.", "2025-12-15"),  # no day it starts from: the past
])
def test_a_start_day_in_a_sentence_told_just_now_may_lie_ahead(text, expected):
    assert [value for _, value in found(text, dt.date(2026, 11, 26))] == [expected]


@pytest.mark.parametrize("text", [
    "Sáng sớm 26/11, lực lượng cứu hộ tiếp cận hiện trường.",
    "Chiều muộn 26/11, lực lượng cứu hộ tiếp cận hiện trường.",
    "Tối muộn 26/11, đoàn về đến Hà Nội.",
])
def test_a_part_of_the_day_told_early_or_late_makes_a_bare_day_a_date(text):
    assert found(text, dt.date(2026, 11, 27)) == [("26/11", "2026-11-26")]


@pytest.mark.parametrize("text,expected", [
    ("Thứ sáu vừa qua, ông đã ký quyết định.", [("Thứ sáu vừa qua", "2026-11-20")]),  # lowercase, as typed
    ("Ông đã ký quyết định vào thứ Sáu vừa qua.", [("thứ Sáu vừa qua", "2026-11-20")]),
    ("Trận thứ hai vừa qua, đội thua đậm.", []),  # the second match
])
def test_the_last_weekday_whatever_its_case(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lễ hội diễn ra từ mùng 6 đến hết mùng 10 tháng Giêng.",
     [("từ mùng 6 đến hết mùng 10 tháng Giêng", "2027-02-11/2027-02-15")]),
    ("Hội chợ mở cửa từ ngày 5 đến hết ngày 10 tháng 12.", [("từ ngày 5 đến hết ngày 10 tháng 12", "2026-12-05/2026-12-10")]),
])
def test_a_span_of_days_in_words_to_the_end_of_its_last(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,weekday,mismatch", [
    # a weekday in brackets after a date written out (2/9/1945 was a Sunday)
    ("Ngày 2 tháng 9 năm 1945 (thứ Hai), Bác đọc Tuyên ngôn độc lập.", 1, True),
    ("Ngày 2 tháng 9 năm 1945 (Chủ nhật), Bác đọc Tuyên ngôn độc lập.", 7, False),
    ("Ngày mồng 2 tháng 9 năm 1945 (thứ Hai), Bác đọc Tuyên ngôn độc lập.", 1, True),
    ("Mùng 1 Tết Đinh Mùi (thứ Bảy), người dân đi lễ chùa.", 6, False),  # 6/2/2027
])
def test_a_weekday_in_brackets_after_a_date_written_out_is_checked(text, weekday, mismatch):
    (mention,) = [m for m in find_dates(text, dt.date(2026, 11, 27)) if m.day is not None]
    assert (mention.weekday, mention.weekday_mismatch) == (weekday, mismatch)
    assert mention.text.endswith(")")


@pytest.mark.parametrize("text,expected", [
    ("Quý cuối năm, doanh nghiệp đẩy mạnh bán hàng.", [("Quý cuối năm", "2026-Q4")]),
    ("Trong quý đầu năm 2027, giá nhà có thể tăng.", [("quý đầu năm 2027", "2027-Q1")]),
    ("Quý cuối năm ngoái, xuất khẩu giảm.", [("Quý cuối năm ngoái", "2025-Q4")]),
    ("Quý cuối cùng của năm nay, xuất khẩu tăng.", [("Quý cuối cùng của năm nay", "2026-Q4")]),
    # a future cue looks ahead to a quarter long over this year: next year's
    ("Dự kiến quý I, nhà máy sẽ vận hành.", [("quý I", "2027-Q1")]),
    ("Công ty dự kiến khởi công trong quý III.", [("quý III", "2027-Q3")]),
    ("Quý III, doanh thu tăng 10%.", [("Quý III", "2026-Q3")]),  # its results
])
def test_the_years_first_and_last_quarter_and_a_quarter_ahead(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize("text,expected,mismatch", [
    # a weekday with its whole date in brackets (3/1/2027 is a Sunday), and a span of two such days
    ("Chủ nhật (3/1/2027), đoàn công tác sẽ lên đường sang Nhật Bản.", [("Chủ nhật (3/1/2027)", "2027-01-03")], False),
    ("Thứ Hai (3/1/2027), đoàn công tác sẽ lên đường sang Nhật Bản.", [("Thứ Hai (3/1/2027)", "2027-01-03")], True),
    ("Từ thứ Năm (31/12) đến Chủ nhật (3/1/2027), người lao động được nghỉ.",
     [("Từ thứ Năm (31/12) đến Chủ nhật (3/1/2027)", "2026-12-31/2027-01-03")], False),
])
def test_a_weekday_with_its_whole_date_in_brackets(text, expected, mismatch):
    mentions = find_dates(text, dt.date(2026, 12, 20))
    assert [(m.text, m.value) for m in mentions] == expected
    assert any(m.weekday_mismatch for m in mentions) is mismatch


@pytest.mark.parametrize("text,expected", [
    ("Ngày 12 tới, trường tổ chức lễ kỷ niệm.", [("Ngày 12 tới", "2026-12-12")]),  # the coming 12th
    ("Ngày 30 tới, giá điện sẽ tăng.", [("Ngày 30 tới", "2026-11-30")]),
    ("Ngày 31 tới, công ty quyết toán.", [("Ngày 31 tới", "2026-12-31")]),  # November has no 31st
    ("Ngày 24 vừa qua, Bộ đã tổ chức hội nghị.", [("Ngày 24 vừa qua", "2026-11-24")]),
    ("Ngày 5 tháng sau, hội nghị sẽ khai mạc.", [("Ngày 5 tháng sau", "2026-12-05")]),
    ("Mùng 5 tháng này, ông về quê.", [("Mùng 5 tháng này", "2026-11-05")]),
    ("Ngày 2 tới Hà Nội, đoàn đã làm việc ngay.", []),  # came to Hà Nội on the 2nd
    ("Trong 12 ngày tới, trời rét.", [("12 ngày tới", "2026-11-28/2026-12-09")]),
])
def test_a_day_of_the_month_told_from_the_reference(text, expected):
    assert found(text, dt.date(2026, 11, 27)) == expected


def test_a_span_falling_on_two_weekdays_is_no_day_with_one():
    """``dịp 30/4 - 1/5 rơi vào thứ Sáu và thứ Bảy``: the span's days, not 1/5 alone on a Friday."""
    assert found("Dịp 30/4 - 1/5 rơi vào thứ Sáu và thứ Bảy.", dt.date(2027, 2, 26)) == [
        ("30/4 - 1/5", "2027-04-30/2027-05-01")]


def test_a_year_the_sentence_gives_is_kept_whatever_the_weekday():
    """``Năm 2025, thứ Ba (5/5)``: 5/5/2025 was a Monday; the sentence's year stands and DT101 reports it."""
    (mention,) = [m for m in find_dates("Năm 2025, thứ Ba (5/5), hội nghị họp.", dt.date(2027, 2, 26)) if m.kind == "date"]
    assert (mention.value, mention.weekday_mismatch) == ("2025-05-05", True)


@pytest.mark.parametrize("text,reference,expected", [
    # năm qua: the year's reviews look back on this year from November, else on the one before
    ("Năm qua, tỉnh tăng trưởng 8%.", dt.date(2027, 2, 26), "2026"),
    ("Năm qua, tỉnh tăng trưởng 8%.", dt.date(2026, 12, 10), "2026"),
    # tháng qua: the monthly round-ups look back on this month from its 25th
    ("Tháng qua, giá tăng.", dt.date(2026, 12, 10), "2026-11"),
    ("Tháng qua, giá tăng.", dt.date(2027, 2, 26), "2027-02"),
])
def test_the_year_and_month_just_gone(text, reference, expected):
    assert [value for _, value in found(text, reference)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # the years listed after the first one năm names
    ("Đội vô địch các năm 2008, 2018 và 2024.", [("năm 2008", "2008"), ("2018", "2018"), ("2024", "2024")]),
    ("Năm 2027 và 2028, tỉnh đầu tư 2 tỷ đồng.", [("Năm 2027", "2027"), ("2028", "2028")]),
    # a count or a price after it is no year
    ("Năm 2025 và 2026 người tham gia.", [("Năm 2025", "2025")]),
])
def test_the_years_listed_after_nam(text, expected):
    assert found(text, dt.date(2027, 2, 26)) == expected


@pytest.mark.parametrize("text,expected", [
    # days apart in a list are each a date of the month written last, not one span
    ("Đội thi đấu các ngày 18 và 23/3.", [("18", "2027-03-18"), ("23/3", "2027-03-23")]),
    ("Các ngày 3, 10 và 17/3 có họp.", [("3", "2027-03-03"), ("10", "2027-03-10"), ("17/3", "2027-03-17")]),
    # days running are a span
    ("Ngày 5, 6 và 7/3 có hội chợ.", [("Ngày 5, 6 và 7/3", "2027-03-05/2027-03-07")]),
])
def test_days_apart_in_a_list_are_each_a_date(text, expected):
    assert found(text, dt.date(2027, 2, 26)) == expected


def test_a_dates_column_in_a_table_is_the_cue_of_its_cells():
    """``| Ngày | Trận đấu |`` over ``| 6/3 | … |``: the column's heading names days; a ratio's column does not."""
    table = "| Ngày | Trận đấu | Tỷ số |\n|---|---|---|\n| 6/3 | Hà Nội - Thanh Hóa | 2-0 |\n| 7/3 | Huế - Đà Nẵng | 1-1 |\n"
    assert found(table, dt.date(2027, 3, 8)) == [("6/3", "2027-03-06"), ("7/3", "2027-03-07")]
    assert found("| Hạng | Tỷ lệ |\n|---|---|\n| 1 | 6/3 |\n", dt.date(2027, 3, 8)) == []


@pytest.mark.parametrize("text,expected", [
    # two days each written with its weekday, joined by từ … đến: one range
    ("Nghỉ từ thứ Bảy ngày 30/1 đến hết Chủ nhật ngày 7/2.",
     [("từ thứ Bảy ngày 30/1 đến hết Chủ nhật ngày 7/2", "2027-01-30/2027-02-07")]),
    ("Hội nghị họp từ thứ Hai, 4/1/2027 đến thứ Sáu, 8/1/2027.",
     [("từ thứ Hai, 4/1/2027 đến thứ Sáu, 8/1/2027", "2027-01-04/2027-01-08")]),
    # a weekday that contradicts its day keeps the two apart, for DT101 to name the day it is on
    ("Nghỉ từ thứ Sáu (30/1) đến Chủ nhật (7/2).", [("thứ Sáu (30/1)", "2027-01-30"), ("Chủ nhật (7/2)", "2027-02-07")]),
    # without từ, two days with their weekdays are two days
    ("Thứ Bảy (30/1) - Chủ nhật (7/2) có mưa.", [("Thứ Bảy (30/1)", "2027-01-30"), ("Chủ nhật (7/2)", "2027-02-07")]),
])
def test_a_range_of_two_days_written_with_their_weekdays(text, expected):
    assert found(text, dt.date(2026, 12, 8)) == expected


def test_a_range_of_weekday_dates_and_its_lunar_gloss_are_checked(isolated_dir):
    """DT110 reads the joined range against its gloss (30/1/2027 is the 23rd of the last lunar month
    of Bính Ngọ, not the 22nd); DT104 no longer reads the holiday's days, announced in a past-tense
    sentence, as past events (nor the holiday named after ``nghỉ``)."""
    text = ("Trước đó, Thủ tướng đã đồng ý phương án nghỉ Tết Nguyên đán Đinh Mùi 2027 kéo dài 9 ngày, "
            "từ thứ Bảy ngày 30/1 đến hết Chủ nhật ngày 7/2, tức từ 22 tháng Chạp năm Bính Ngọ đến mùng 1 tháng Giêng năm Đinh Mùi.")
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 8/12/2026\n\n{text}\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT104,DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["suggestions"]) for d in found_] == [("DT110", ["23/12–2/1"])]
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 8/12/2026\n\n{text.replace('22 tháng', '23 tháng').replace('mùng 1', 'mùng 2')}\n", "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT104,DT110", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tết Nguyên đán năm nay rơi vào thứ Sáu.", ["thứ Bảy"]),  # 6/2/2027
    ("Tết Nguyên đán năm nay rơi vào thứ Bảy.", []),
    ("Tết Dương lịch 2027 rơi vào thứ Năm.", ["thứ Sáu"]),
    ("Quốc khánh 2/9 năm sau nhằm ngày thứ Sáu.", ["thứ Năm"]),
    ("Ngày 1/1/2027 là thứ Năm.", ["thứ Sáu"]),
    ("Ngày 5/12 là Chủ nhật.", ["thứ Bảy"]),
    ("Ngày 5/12 là thứ hai liên tiếp trời mưa.", []),  # after là, thứ in lower case counts
])
def test_a_weekday_a_day_is_said_to_fall_on_after_it_is_checked(isolated_dir, sentence, expected):
    """``Tết Nguyên đán năm nay rơi vào thứ Sáu``, ``Ngày 1/1/2027 là thứ Năm``: a holiday or a day said to
    fall on a weekday written after it (DT101 had read only a numeric date's ``rơi vào``)."""
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 27/11/2026\n\n{sentence}\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT101", "a.txt").json()["files"][0]["diagnostics"]
    assert [s for d in found_ for s in d["suggestions"]] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a holiday kept or provided for lies ahead of the act told just now
    ("Công đoàn vừa hỗ trợ 5.000 vé xe cho công nhân về quê đón Tết Nguyên đán Đinh Mùi.", []),
    ("Siêu thị đã chuẩn bị đủ hàng hóa phục vụ Tết Nguyên đán.", []),
    ("Ngày 5/12, hội nghị đã thông qua nghị quyết.", ["DT104"]),  # an event told as done
    # what a past act is aimed at: its purpose, a request, an invitation, a registration, a contract, a plan
    ("Đội tuyển đã lên đường sang Thái Lan để chuẩn bị cho trận đấu ngày 2/12.", []),
    ("Sở vừa có văn bản đề nghị các trường cho học sinh nghỉ học ngày 30/11.", []),
    ("Ban tổ chức đã mời 20 nghệ sĩ tham gia đêm nhạc ngày 5/12.", []),
    ("Đã có 5.000 người đăng ký tham gia giải chạy ngày 6/12.", []),
    ("Công ty vừa ký hợp đồng giao hàng vào ngày 10/12.", []),
    ("UBND vừa phê duyệt phương án phân luồng giao thông phục vụ lễ hội ngày 5/12.", []),
    # a document about it, a guide to it, a schedule of it
    ("Bộ Nội vụ vừa có văn bản gửi các bộ, ngành về việc nghỉ Tết Dương lịch và Tết Nguyên đán năm 2027.", []),
    ("Sở vừa hướng dẫn các trường tổ chức kiểm tra học kỳ ngày 30/11.", []),
    ("Trường vừa gửi phụ huynh lịch thi học kỳ ngày 2/12.", []),
    # an act told as done at the date, its purpose after it
    ("Hội nghị đã diễn ra ngày 5/12.", ["DT104"]),
    ("Đoàn đã đến Hà Nội ngày 3/12 để dự hội nghị.", ["DT104"]),
    ("Thành phố đã tổ chức lễ khai mạc ngày 1/12.", ["DT104"]),
])
def test_a_holiday_kept_or_provided_for_in_a_past_sentence_lies_ahead(isolated_dir, sentence, expected):
    """``vừa hỗ trợ vé xe … về quê đón Tết Nguyên đán``: DT104 had read the coming Tết as a past event;
    ``đã lên đường … để chuẩn bị cho trận đấu ngày 2/12``, the match a past act is aimed at."""
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 25/11/2026\n\n{sentence}\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found_] == expected


@pytest.mark.parametrize("text,suggestion", [
    # a lunar day set off by commas after a solar one glosses it
    ("Sáng 18/2, ngày vía Thần Tài, giá vàng tăng.", "15/2/2027"),  # a holiday named: the day it is (vía Thần Tài 2027)
    ("Sáng 15/2, ngày vía Thần Tài, giá vàng tăng.", None),
    ("Tối 21/1, rằm tháng Chạp, phố cổ tắt đèn.", "14/12"),
    ("Tối 22/1, rằm tháng Chạp, phố cổ tắt đèn.", None),
    # a list of holidays is no gloss
    ("Các ngày nghỉ gồm 2/9, Tết Nguyên đán và 30/4.", None),
])
def test_a_lunar_day_set_off_by_commas_glosses_the_solar_day_before_it(isolated_dir, text, suggestion):
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 18/2/2027\n\n{text}\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found_] == ([suggestion] if suggestion else [])


@pytest.mark.parametrize("text,expected", [
    # a year word after a range of months names the last month's year
    ("Mùa cao điểm từ tháng 12 đến tháng 3 năm sau.", [("từ tháng 12 đến tháng 3 năm sau", "2026-12/2027-03")]),
    ("Từ tháng 10 đến tháng 12 năm ngoái, giá tăng.", [("Từ tháng 10 đến tháng 12 năm ngoái", "2025-10/2025-12")]),
    ("Tháng 11-12 năm nay, hàng về nhiều.", [("Tháng 11-12 năm nay", "2026-11/2026-12")]),
])
def test_a_year_word_after_a_range_of_months_is_the_last_months(text, expected):
    assert found(text, dt.date(2026, 12, 18)) == expected


def test_a_list_item_opening_on_a_weekday_and_date_is_no_dateline():
    """``- Thứ Ba, ngày 8/12/2026: từ 7h30 đến 12h …``: an item of a power-cut notice, whose time falls on it."""
    text = "Lịch cắt điện tuần tới:\n\n- Thứ Ba, ngày 8/12/2026: từ 7h30 đến 12h, phố Đội Cấn.\n"
    mentions = find_dates(text, dt.date(2026, 12, 3))
    assert [(m.kind, m.value) for m in mentions][1:] == [("date", "2026-12-08"), ("time", "T07:30/T12:00")]
    assert mentions[-1].on_day == dt.date(2026, 12, 8)


@pytest.mark.parametrize("text,expected", [
    # a headline ending on "số" (a number's word) is no word before the date opening the next paragraph
    ("Bảo tồn di sản trong kỷ nguyên số\n\nNgày 28 và 29/11, tại Huế, hội thảo diễn ra.",
     [("Ngày 28 và 29/11", "2026-11-28/2026-11-29")]),
    # nor does a count noun opening the next paragraph make a date ending a line a count
    ("Hoàn thành ngày 14/11\n\nTuyến đường mới thông xe.", [("14/11", "2026-11-14")]),
    ("Hoàn thành 14/11 tuyến đường.", []),  # on one line, a count still
])
def test_the_words_around_a_number_pair_are_read_on_its_line(text, expected):
    assert found(text, dt.date(2026, 11, 30)) == expected


@pytest.mark.parametrize("text,expected", [
    # the admission to a school year comes before it begins
    ("Kỳ thi tuyển sinh lớp 10 năm học 2027-2028 diễn ra trong hai ngày 9 và 10/6.", "2027-06-09/2027-06-10"),
    ("Trường nhận hồ sơ nhập học năm học 2027-2028 đến ngày 15/8.", "2027-08-15"),
    # the school year's own days run from August to July
    ("Năm học 2027-2028 kết thúc ngày 31/5.", "2028-05-31"),
])
def test_a_school_years_admission_comes_before_it(text, expected):
    assert found(text, dt.date(2027, 5, 12))[-1][1] == expected


@pytest.mark.parametrize("text,expected", [
    # a time and its day, the day's weekday in brackets: one moment; two of them from … to …: one range
    ("Tạm dừng cấp nước từ 22h ngày 18/12/2026 (thứ Sáu) đến 4h ngày 19/12/2026 (thứ Bảy).",
     [("từ 22h ngày 18/12/2026 (thứ Sáu) đến 4h ngày 19/12/2026 (thứ Bảy)", "2026-12-18T22:00/2026-12-19T04:00")]),
    ("Cắt điện lúc 22h ngày 18/12 (thứ Sáu).", [("22h ngày 18/12 (thứ Sáu)", "2026-12-18T22:00")]),
    # hours counted between two numbers, not six o'clock
    ("Áp lực nước yếu trong khoảng 4 đến 6 giờ.", []),
    ("Điện cắt từ 4 đến 6 giờ sáng.", [("từ 4 đến 6 giờ sáng", "T04:00/T06:00")]),
])
def test_a_time_on_a_day_with_its_weekday_and_hours_counted_between_two_numbers(text, expected):
    assert found(text, dt.date(2026, 12, 15)) == expected


def test_a_time_on_a_day_with_the_wrong_weekday_is_reported(isolated_dir):
    (isolated_dir / "a.txt").write_text("Hà Nội, ngày 15/12/2026\n\nCắt điện lúc 22h ngày 18/12 (thứ Năm).\n", "utf-8")
    (finding,) = run_cli("lint", "--format", "json", "--select", "DT101", "a.txt").json()["files"][0]["diagnostics"]
    assert finding["suggestions"] == ["thứ Sáu"]


@pytest.mark.parametrize("text,expected", [
    ("Trẻ em hôm nay lớn lên cùng điện thoại thông minh.", []),  # nowadays
    ("Giới trẻ hôm nay thích du lịch một mình.", []),
    ("Hôm nay, trẻ em được nghỉ học.", [("Hôm nay", "2026-12-05")]),
    ("Cuộc họp hôm nay bàn về ngân sách.", [("hôm nay", "2026-12-05")]),
])
def test_hom_nay_after_a_generation_is_nowadays(text, expected):
    assert found(text, dt.date(2026, 12, 5)) == expected


@pytest.mark.parametrize("text,reference,expected", [
    # Tết with a year word is the lunar new year of that year
    ("Tết năm nay, nhiều gia đình đi du lịch.", dt.date(2026, 6, 10), "2026-02-17"),
    ("Tết năm ngoái, giá hoa giảm.", dt.date(2026, 6, 10), "2025-01-29"),
    # in the season before Tết, "năm nay" is the coming one and "năm ngoái" the one this year began with
    ("Tết năm nay, nhiều gia đình dự định du lịch.", dt.date(2026, 12, 10), "2027-02-06"),
    ("Dịp Tết Nguyên đán năm nay, người lao động được nghỉ 9 ngày.", dt.date(2026, 12, 10), "2027-02-06"),
    ("Hàng hóa tăng 10% so với Tết năm ngoái.", dt.date(2026, 12, 10), "2026-02-17"),
    # a sentence looking back in December means this year's
    ("Tết Nguyên đán năm nay, lượng khách đã tăng mạnh.", dt.date(2026, 12, 10), "2026-02-17"),
    # in October, with a future cue (the Tết trains' tickets), the coming one
    ("Dịp Tết năm nay, ngành đường sắt dự kiến tổ chức 250 đoàn tàu.", dt.date(2026, 10, 20), "2027-02-06"),
    ("Tết năm nay, giá hoa tăng.", dt.date(2026, 10, 20), "2026-02-17"),
])
def test_tet_with_a_year_word(text, reference, expected):
    assert [value for phrase, value in found(text, reference) if "Tết" in phrase] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # the solar day of "this year's" Tết, written in December, is the coming one's (had been this February)
    ("Năm nay, Tết rơi vào ngày 6/2.", dt.date(2026, 12, 16), "2027-02-06"),
    ("Năm nay, Tết rơi vào ngày 17/2.", dt.date(2026, 6, 16), "2026-02-17"),
    ("Năm nay, ngày 6/2 trời đẹp.", dt.date(2026, 12, 16), "2026-02-06"),  # no Tết named
])
def test_the_solar_day_of_this_years_tet_written_in_december(text, reference, expected):
    assert [value for phrase, value in found(text, reference) if "/" in phrase] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # a year word elsewhere in the sentence names the first lunar month's days as it names Tết (the eve had
    # been the one this year began with, ten months gone)
    ("Mùa lễ hội năm nay còn có chương trình bắn pháo hoa đêm giao thừa tại 6 điểm.", dt.date(2026, 12, 28), "2027-02-05"),
    ("Mùa lễ hội năm ngoái đông nhất vào dịp rằm tháng Giêng.", dt.date(2026, 12, 28), "2026-03-03"),
    ("Năm nay, người dân đón giao thừa ở phố đi bộ.", dt.date(2026, 3, 10), "2026-02-16"),
    ("Năm nay, người dân đón giao thừa ở phố đi bộ.", dt.date(2026, 1, 10), "2026-02-16"),
    # and the last lunar months as this lunar year's (the flower market's Chạp had been the one ten months gone)
    ("Chợ hoa năm nay sẽ họp từ ngày 20 tháng Chạp.", dt.date(2026, 12, 14), "2027-01-27"),
    ("Chợ hoa năm nay sẽ họp từ ngày 20 tháng Chạp.", dt.date(2026, 1, 10), "2026-02-07"),
])
def test_the_first_and_last_lunar_months_days_in_a_sentence_with_a_year_word(text, reference, expected):
    assert [value for phrase, value in found(text, reference) if "năm" not in phrase.lower()] == [expected]


@pytest.mark.parametrize("text,reference,expected", [
    # a month guessed from the publication date alone joins the days the article dates
    ("Ca sĩ tổ chức concert vào tháng 7. Đêm nhạc sẽ diễn ra tối thứ Bảy, 17/7.", dt.date(2027, 4, 15), "2027-07"),
    ("Ca sĩ tổ chức concert vào tháng 7.", dt.date(2027, 4, 15), "2026-07"),  # nothing near: the guess stands
    # a range's end is one of the article's days too (its start alone drew November back a year)
    ("Từ ngày 15/12/2026 đến ngày 14/11/2027, xảy ra 21.300 vụ. Trong tháng 11, cảnh sát xử lý 480.000 trường hợp.",
     dt.date(2027, 11, 28), "2027-11"),
    # without a cue, January written in December is this year's: a review of the year lists its months
    ("Tháng 1, dịp Tết Nguyên đán Bính Ngọ, giá vé máy bay tăng cao.", dt.date(2026, 12, 30), "2026-01"),
    ("Tháng 1 tới, giá vé máy bay sẽ tăng.", dt.date(2026, 12, 30), "2027-01"),  # a future cue
])
def test_a_guessed_month_joins_the_articles_days(text, reference, expected):
    assert [value for phrase, value in found(text, reference) if phrase.startswith(("tháng", "Tháng"))] == [expected]


@pytest.mark.parametrize("text,expected", [
    # đến hết ngày: a term's last day, ahead, though a verb elsewhere in the sentence is past
    ("Hành khách đã mua vé được đổi, trả vé miễn phí đến hết ngày 31/8.", "2027-08-31"),
    ("Hội chợ đã kéo dài đến ngày 31/8.", "2026-08-31"),  # without hết: the past one
])
def test_the_last_day_of_a_term_lies_ahead(text, expected):
    assert found(text, dt.date(2027, 7, 25))[-1][1] == expected


@pytest.mark.parametrize("text,day", [
    # a time falls on the day written right after it, across the time zone and the part of the day
    ("Trận chung kết diễn ra lúc 18h (giờ Việt Nam) tối thứ Năm, ngày 19/8.", dt.date(2027, 8, 19)),
    ("Lúc 18h (giờ Hà Nội) ngày 19/8, trận đấu bắt đầu.", dt.date(2027, 8, 19)),  # the first mention too
    ("Lúc 7h, đoàn đi. Ngày 19/8 trời mưa.", None),  # another sentence's day is not its own
])
def test_a_time_falls_on_the_day_written_after_it(text, day):
    (time,) = [m for m in find_dates(text, dt.date(2027, 8, 18)) if m.kind == "time"]
    assert (time.text, time.on_day) == (time.text.strip(), day)


@pytest.mark.parametrize("gloss,expected", [
    # the last lunar month read in the solar year the sentence carries: Bính Ngọ's Chạp is January 2027
    ("(tức từ 19 đến 27 tháng Chạp)", []),
    ("(tức từ 20 đến 28 tháng Chạp)", ["19/12–27/12"]),
    # the same lunar days under another lunar year's name: the year is the slip
    ("(tức từ 19 đến 27 tháng Chạp năm Đinh Mùi)", ["Bính Ngọ"]),
    ("(tức từ 19 đến 27 tháng Chạp năm Bính Ngọ)", []),
])
def test_a_lunar_range_glossing_days_in_january(isolated_dir, gloss, expected):
    # the dateline opening the lead carries its year, 2027, into the sentence
    text = f"Hà Nội, ngày 20/1/2027 - Hội chợ Xuân Đinh Mùi sẽ diễn ra từ ngày 26/1 đến ngày 3/2 {gloss} tại Giảng Võ."
    (isolated_dir / "a.txt").write_text(f"Hội chợ Xuân Đinh Mùi tại Giảng Võ\n\n{text}\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found_] == expected
    assert ("từ 19 đến 27 tháng Chạp", "2027-01-26/2027-02-03") in found(text.replace(gloss, "(tức từ 19 đến 27 tháng Chạp)"),
                                                                          dt.date(2027, 1, 20))


@pytest.mark.parametrize("text,expected", [
    # đến cuối tháng: a season's last month, ahead, though a verb elsewhere in the sentence is past
    ("Vải sớm đã thu hoạch từ ngày 20/5, vải chính vụ chín rộ từ đầu tháng 6 và kéo dài đến cuối tháng 7.", "2027-07"),
    ("Mùa mưa đã kéo dài đến tháng 7.", "2026-07"),  # without cuối or hết: the past one
])
def test_the_last_month_of_a_season_lies_ahead(text, expected):
    assert found(text, dt.date(2027, 6, 10))[-1][1] == expected


@pytest.mark.parametrize("text,expected", [
    # a task asked for before a day is a deadline, ahead
    ("Tỉnh cần rà soát, di dời các hộ dân trong vùng nguy cơ sạt lở cao trước ngày 30/6.", "2027-06-30"),
    ("Bộ yêu cầu các địa phương báo cáo kết quả trước ngày 15/5.", "2027-05-15"),
    ("Ông đã phải nhập viện trước ngày 30/12.", "2026-12-30"),  # told in the past
])
def test_a_task_asked_for_before_a_day_lies_ahead(text, expected):
    assert found(text, dt.date(2027, 1, 14))[-1][1] == expected


def test_a_lunar_day_a_day_back_stays_the_past_one_beside_a_future_cue():
    """``đợt triều cường rằm tháng 9 âm lịch sẽ đạt đỉnh …`` written on 15/10/2027: the full moon of
    the day before (14/10), not the one of November 2028, as a solar day a few days back is."""
    text = "Đợt triều cường rằm tháng 9 âm lịch sẽ đạt đỉnh vào cuối tuần này."
    assert ("rằm tháng 9 âm lịch", "2027-10-14") in found(text, dt.date(2027, 10, 15))
    assert ("rằm tháng 9 âm lịch", "2027-10-14") in found(text, dt.date(2027, 9, 20))  # ahead: the coming one


@pytest.mark.parametrize("text,expected", [
    # a future cue in a later clause with a year of its own is that year's, not the month's
    ("Tháng 9, sân bay đón chuyến bay thử nghiệm đầu tiên, dự kiến khai thác thương mại từ giữa năm 2027.", "2026-09"),
    ("Tháng 3, sân bay sẽ đón chuyến bay thử nghiệm.", "2027-03"),  # the month's own cue
    ("Tháng 3, sân bay đón chuyến bay thử nghiệm, dự kiến kéo dài một tuần.", "2027-03"),  # no year of its own
])
def test_a_later_clauses_future_cue_with_its_own_year(text, expected):
    assert found(text, dt.date(2026, 12, 30))[0][1] == expected


@pytest.mark.parametrize("text,expected", [
    # trước governing what stands in front of it is no "last" (tuần trước lớp: in front of the class)
    ("Các em kể lại câu chuyện mình đã đọc trong tuần trước lớp.", []),
    # a clause opening on Tuần trước, or a class's name after lớp, is last week
    ("Tuần trước lớp học đã nghỉ.", [("Tuần trước", "2026-11-23/2026-11-29")]),
    ("Hôm ấy, tuần trước lớp 5A đi tham quan.", [("tuần trước", "2026-11-23/2026-11-29")]),
])
def test_truoc_meaning_in_front_of_is_no_last_week(text, expected):
    assert found(text, dt.date(2026, 12, 5)) == expected


@pytest.mark.parametrize("text,expected", [
    # trước or sau governing an event: the week before or after it, no last or next week
    ("Cả tuần trước khai mạc, các khách sạn gần như kín chỗ.", []),
    ("Giá rau thường tăng trong tháng sau Tết.", []),
    ("Lương của tháng trước liền kề tháng thôi việc.", []),  # the month just before another
    # a clause opening on Tuần trước, or a comma after it, is last week
    ("Tuần trước, khai mạc lễ hội hoa.", [("Tuần trước", "2026-11-23/2026-11-29")]),
    ("Tuần trước khai mạc lễ hội hoa.", [("Tuần trước", "2026-11-23/2026-11-29")]),
    # and a count before an event or a day is counted from it, not from the publication date
    ("Lễ cúng diễn ra đúng một tuần trước Tết Nguyên đán.", [("Tết Nguyên đán", "2027-02-06")]),
    ("Anh đến một tuần trước ngày cưới; hai ngày trước hôm thi, em ốm.", []),
    ("Ba ngày trước lễ khai giảng, trường tổng vệ sinh.", []),
    # a patient's operation, a trial, a deadline: before it, not ago
    ("Bệnh nhân được đánh giá kỹ trong hai tháng trước mổ.", []),
    ("Ba ngày trước phiên tòa, bị cáo nộp lại tiền; một tuần trước hạn chót, hồ sơ đã đủ.", []),
    ("Tôi gặp anh ấy hai ngày trước tại Hà Nội.", [("hai ngày trước", "2026-12-03")]),
])
def test_before_or_after_an_event_is_no_last_or_next_week(text, expected):
    assert found(text, dt.date(2026, 12, 5)) == expected


@pytest.mark.parametrize("text,expected", [
    # a year written with a holiday's name dates the days around the holiday, not a day months from it
    ("Ngành đường sắt sẽ mở bán vé tàu Tết Nguyên đán Đinh Mùi 2027 từ 8h ngày 1/11.", "2026-11-01T08:00"),
    ("Vé tàu Tết Nguyên đán Đinh Mùi 2027 mở bán từ tháng 11.", "2026-11"),
    ("Dịp Tết Nguyên đán 2027, người lao động được nghỉ từ 30/1 đến 7/2.", "2027-01-30/2027-02-07"),
])
def test_a_holidays_year_dates_the_days_around_it(text, expected):
    assert found(text, dt.date(2026, 10, 20))[-1][1] == expected


def test_a_datelines_year_is_no_year_the_lead_carries(isolated_dir):
    """``Hà Nội, ngày 28/12/2026 - … dịp Tết Dương lịch``: the dateline's year is the reference's, and
    the holiday is the coming 1/1 read against it, not last January's (which drew DT105, a stale lead)."""
    text = ("Hà Nội, ngày 28/12/2026 - Ban Chỉ đạo vừa công bố đường dây nóng tiếp nhận phản ánh của người dân "
            "trong dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi.")
    assert ("Tết Dương lịch", "2027-01-01") in found(text, dt.date(2026, 12, 28))
    (isolated_dir / "a.txt").write_text(f"Đường dây nóng dịp Tết\n\n{text}\n\nThu Hằng\n", "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT105", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("text,expected", [
    # the capitalised name of the day a date marks is its cue (had been no date)
    ("Kỷ niệm Ngày Chiến thắng 30/4, thành phố bắn pháo hoa.", [("30/4", "2027-04-30")]),
    ("Kỷ niệm Ngày Giải phóng 30/4, thành phố bắn pháo hoa.", [("30/4", "2027-04-30")]),
    ("Tỉnh tổ chức lễ kỷ niệm Chiến thắng Điện Biên Phủ (7/5).", [("7/5", "2027-05-07")]),
    # not a score after a victory in lower case
    ("Đội giành chiến thắng 3/1 trước đối thủ.", []),
    # days listed together take the year written with the last of them (30/4 had been last year's)
    ("Bộ Nội vụ vừa có thông báo về lịch nghỉ lễ Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 năm 2027.",
     [("30/4", "2027-04-30"), ("1/5 năm 2027", "2027-05-01")]),
    ("Bộ vừa có thông báo về lịch nghỉ lễ 30/4 và 1/5 năm 2027.", [("30/4", "2027-04-30"), ("1/5 năm 2027", "2027-05-01")]),
    ("Các ngày 25/12 và 1/1/2027 nghỉ.", [("25/12", "2026-12-25"), ("1/1/2027", "2027-01-01")]),
    # a sentence that opens on Mỗi năm speaks of every year, however far on its day stands
    ("Mỗi năm, di tích đón hàng trăm nghìn lượt khách trong nước và quốc tế, đông nhất vào dịp kỷ niệm "
     "Chiến thắng Điện Biên Phủ (7/5).", []),
])
def test_a_named_days_date_and_the_year_a_list_shares(text, expected):
    assert found(text, dt.date(2027, 3, 10)) == expected


def test_a_year_written_after_a_list_of_days_is_no_date_style_to_rewrite(isolated_dir):
    """``30/4 và 1/5 năm 2027``: the year is both days'; DT106 leaves it as written (``1/5/2027`` would
    take it from the first)."""
    (isolated_dir / "a.txt").write_text("Thứ Tư, 10/3/2027\n\nLịch nghỉ lễ năm nay\n\nBộ vừa có thông báo về lịch "
                                        "nghỉ lễ 30/4 và 1/5 năm 2027.\n", "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT106", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("text,expected", [
    # the lunar calendar's tháng Một is its eleventh month (had been its first: Tết's)
    ("Ngày 5 tháng Một âm lịch, làng mở hội.", [("Ngày 5 tháng Một âm lịch", "2028-12-20")]),
    ("Rằm tháng Một, chùa làm lễ.", [("Rằm tháng Một", "2028-12-30")]),
    ("Từ mùng 10 đến 15 tháng Một âm lịch, làng mở hội.", [("Từ mùng 10 đến 15 tháng Một âm lịch", "2028-12-25/2028-12-30")]),
    # the solar calendar's is January
    ("Ngày 5 tháng Một năm 2029, trời rét.", [("Ngày 5 tháng Một năm 2029", "2029-01-05")]),
])
def test_the_lunar_calendars_thang_mot_is_its_eleventh_month(text, expected):
    assert found(text, dt.date(2029, 1, 21)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day listed before a lunar day whose âm lịch closes the list is lunar too (had been a solar date)
    ("Rươi nổi vào khoảng ngày hai mươi tháng Chín và mồng năm tháng Mười âm lịch.",
     [("ngày hai mươi tháng Chín", "2028-11-06"), ("mồng năm tháng Mười âm lịch", "2028-11-20")]),
    ("Lễ hội vào ngày 20/9 và ngày 5/10 âm lịch.", [("20/9", "2028-11-06"), ("ngày 5/10 âm lịch", "2028-11-20")]),
    # not without âm lịch, nor a day whose year is written
    ("Hội họp ngày 20/9 và ngày 5/10.", [("20/9", "2028-09-20"), ("5/10", "2028-10-05")]),
])
def test_a_day_listed_before_a_lunar_day_closing_with_am_lich_is_lunar(text, expected):
    assert found(text, dt.date(2029, 1, 21)) == expected


@pytest.mark.parametrize("text,expected", [
    # the year compared with is not the sentence's (December had been 2027's)
    ("Kinh tế số năm 2028 ước đạt 55 tỷ USD, tăng 18% so với năm 2027, theo báo cáo công bố đầu tháng 12.",
     [("năm 2028", "2028"), ("năm 2027", "2027"), ("tháng 12", "2028-12")]),
    # a year told alone stays the sentence's
    ("Năm 2027, doanh thu tháng 3 tăng.", [("Năm 2027", "2027"), ("tháng 3", "2027-03")]),
])
def test_a_year_compared_with_is_not_the_sentences(text, expected):
    assert found(text, dt.date(2028, 12, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # bare mùng days listed before one that names Tết or its month are that month's (they had been no date)
    ("Lễ hội diễn ra vào các ngày mùng 4, mùng 5 và mùng 6 Tết.",
     [("mùng 4", "2029-02-16"), ("mùng 5", "2029-02-17"), ("mùng 6 Tết", "2029-02-18")]),
    # two days joined by và that do not run one into the next are a list, not a span (had been 10-15, 12-14)
    ("Chợ họp mùng 1, mùng 10 và mùng 15 tháng Giêng.",
     [("mùng 1", "2029-02-13"), ("mùng 10", "2029-02-22"), ("mùng 15 tháng Giêng", "2029-02-27")]),
    ("Hội chợ mở mùng 6 và rằm tháng Giêng.", [("mùng 6", "2029-02-18"), ("rằm tháng Giêng", "2029-02-27")]),
    ("Hội nghị họp ngày 12 và 14 tháng 11.", [("12", "2028-11-12"), ("14 tháng 11", "2028-11-14")]),
    # two days running one into the next stay a span
    ("Hội nghị họp ngày 12 và 13 tháng 11.", [("ngày 12 và 13 tháng 11", "2028-11-12/2028-11-13")]),
    ("Mùng 4 và mùng 5 tháng 8 âm lịch, làng rước kiệu.", [("Mùng 4 và mùng 5 tháng 8 âm lịch", "2028-09-22/2028-09-23")]),
])
def test_lunar_and_long_days_listed_with_va(text, expected):
    assert found(text, dt.date(2029, 1, 26)) == expected


@pytest.mark.parametrize("text, reference, expected", [
    # a bare mùng day on a line that told of Tết before it is a day of the first lunar month (had been no date)
    ("Sau Tết, các cơ quan làm việc trở lại từ mùng 7.", dt.date(2029, 2, 20), [("mùng 7", "2029-02-19")]),
    ("Sau Tết, các cơ quan làm việc trở lại từ mùng 7.", dt.date(2029, 1, 20), [("mùng 7", "2029-02-19")]),
    ("Dịp Tết, nhiều người về quê từ 25 tháng Chạp và trở lại thành phố vào mùng 6.", dt.date(2029, 1, 20),
     [("25 tháng Chạp", "2029-02-08"), ("mùng 6", "2029-02-18")]),
    ("Trong dịp Tết Nguyên đán, từ mùng 1 đến mùng 5, bảo tàng mở cửa miễn phí.", dt.date(2029, 1, 20),
     [("Tết Nguyên đán", "2029-02-13"), ("từ mùng 1 đến mùng 5", "2029-02-13/2029-02-17")]),
    ("Hội chùa Hương khai mạc ngày mùng 6 tháng Giêng; đến mùng 10, khách đã đông.", dt.date(2029, 3, 1),
     [("ngày mùng 6 tháng Giêng", "2029-02-18"), ("mùng 10", "2029-02-22")]),
    # or at the end of a span from a late day of Chạp (had been no date); not after an early one (Chạp's own)
    ("Nhiều doanh nghiệp cho người lao động nghỉ từ 25 tháng Chạp đến hết mùng 6.", dt.date(2030, 1, 14),
     [("từ 25 tháng Chạp đến hết mùng 6", "2030-01-28/2030-02-07")]),
    ("Chợ họp từ mùng 1 tháng Chạp đến mùng 10.", dt.date(2030, 1, 14), [("mùng 1 tháng Chạp", "2030-01-04")]),
    # or under a headline that tells of Tết (had been no date)
    ("Dịp Tết Canh Tuất, tai nạn giao thông giảm mạnh\n\nTừ mùng 5, lượng người từ quê trở lại các thành phố tăng mạnh.",
     dt.date(2030, 2, 6), [("Tết Canh Tuất", "2030-02-02"), ("mùng 5", "2030-02-06")]),
    # but not a day that comes back each month, nor one after another festival called Tết, nor one with no Tết
    ("Sau Tết, chùa đông khách vào mùng 1 và rằm.", dt.date(2029, 2, 20), []),
    ("Sau Tết, chùa đông khách các ngày mùng 1 hằng tháng.", dt.date(2029, 2, 20), []),
    ("Tết Trung thu năm nay, mùng 5 có hội.", dt.date(2029, 2, 20), [("Tết Trung thu năm nay", "2029-09-22")]),
    ("Mùng 5, anh về quê.", dt.date(2029, 2, 20), []),
    ("Tết xong, cả nhà mùng 15 mới đi làm.", dt.date(2029, 2, 20), []),
])
def test_bare_mung_days_after_tet(text, reference, expected):
    assert found(text, reference) == expected


@pytest.mark.parametrize("text, expected", [
    # days listed together said to fall on as many weekdays listed: each its own in turn (the first weekday
    # had been taken for the last day: 1/5/2029 on a Monday, a false DT101)
    ("Dịp 30/4 và 1/5 rơi vào thứ Hai và thứ Ba.", [("30/4", 1, False), ("1/5", 2, False)]),
    ("Ngày 30/4 và 1/5 là thứ Hai và thứ Tư.", [("30/4", 1, False), ("1/5", 3, True)]),
    ("Các ngày 28/4, 29/4 và 30/4 rơi vào thứ Bảy, Chủ nhật và thứ Hai.",
     [("28/4", 6, False), ("29/4", 7, False), ("30/4", 1, False)]),
    # lần lượt (respectively) is no count of times after the day (1/5 had been no date)
    ("Hai ngày 30/4 và 1/5 năm nay lần lượt rơi vào thứ Hai và thứ Ba.",
     [("30/4", 1, False), ("1/5 năm nay", 2, False)]),
    # as many weekdays as days or none: two days, three weekdays
    ("Ngày 30/4 và 1/5 rơi vào thứ Hai, thứ Ba và thứ Tư.", [("30/4", None, False), ("1/5", None, False)]),
    # one weekday after a list: the last day's, as before
    ("Ngày 30/4 và 1/5 rơi vào thứ Hai.", [("30/4", None, False), ("1/5", 1, True)]),
])
def test_listed_days_said_to_fall_on_listed_weekdays(text, expected):
    assert [(m.text, m.weekday, m.weekday_mismatch) for m in find_dates(text, dt.date(2029, 4, 6))] == expected


@pytest.mark.parametrize("text, expected", [
    # two days named relative to the reference after từ are one range (had been two days)
    ("Từ đêm mai đến ngày kia, trời mưa to.", [("Từ đêm mai đến ngày kia", "2029-06-01/2029-06-02")]),
    ("Từ chiều nay đến sáng mai, trời mưa to.", [("Từ chiều nay đến sáng mai", "2029-05-31/2029-06-01")]),
    # without từ they may be a clause's own words
    ("Hôm nay đến ngày mai, trời mưa to.", [("Hôm nay", "2029-05-31"), ("ngày mai", "2029-06-01")]),
    # from a day, month or week named relative to the reference up to now (had been the first alone)
    ("Từ hôm qua đến nay, trời mưa to.", [("Từ hôm qua đến nay", "2029-05-30/2029-05-31")]),
    ("Từ năm ngoái đến nay, giá vàng tăng 40%.", [("Từ năm ngoái đến nay", "2028-01-01/2029-05-31")]),
    ("Từ tuần trước đến nay, giá vàng tăng.", [("Từ tuần trước đến nay", "2029-05-21/2029-05-31")]),
    # from a part of one year to a part of another: the years (had been two years)
    ("Từ năm 2026 đến giữa năm 2028, các bị can buôn lậu.", [("Từ năm 2026 đến giữa năm 2028", "2026/2028")]),
    ("Từ cuối năm 2026 đến đầu năm 2028, công ty thua lỗ.", [("Từ cuối năm 2026 đến đầu năm 2028", "2026/2028")]),
    ("Từ năm 2026 đến hết năm 2028, dự án tạm dừng.", [("Từ năm 2026 đến hết năm 2028", "2026/2028")]),
])
def test_ranges_of_relative_days_and_of_parts_of_years(text, expected):
    assert found(text, dt.date(2029, 5, 31)) == expected


@pytest.mark.parametrize("text, expected, own_day", [
    # a holiday's day in brackets after its name is one mention with it (had been two), checked by DT109
    ("Nhân Ngày Doanh nhân Việt Nam (13/10), hội nghị được tổ chức.", [("Ngày Doanh nhân Việt Nam (13/10)", "2028-10-13")], None),
    ("Nhân Ngày Phụ nữ Việt Nam (21/10), hội nghị được tổ chức.", [("Ngày Phụ nữ Việt Nam (21/10)", "2028-10-21")], (20, 10)),
    ("Nhân Ngày Phụ nữ Việt Nam (ngày 20/10/2028), lễ lớn.", [("Ngày Phụ nữ Việt Nam (ngày 20/10/2028)", "2028-10-20")], None),
    ("Dịp Quốc khánh (2/9), người lao động được nghỉ 2 ngày.", [("Quốc khánh (2/9)", "2028-09-02")], None),
])
def test_a_holidays_day_in_brackets_goes_with_it(text, expected, own_day):
    mentions = find_dates(text, dt.date(2028, 10, 10))
    assert [(m.text, m.value) for m in mentions] == expected
    assert mentions[0].holiday_day == own_day


@pytest.mark.parametrize("text, reference, expected", [
    # giao thừa where the solar new year is told is the night of 31 December (had been the lunar eve)
    ("Đêm 31/12, hàng chục nghìn người đổ về các điểm đếm ngược đón năm mới. Đêm giao thừa năm ngoái, con số "
     "này chỉ khoảng hai phần ba.", dt.date(2029, 1, 2), ("giao thừa năm ngoái", "2027-12-31")),
    ("Đêm giao thừa năm nay, thành phố tổ chức đếm ngược đón năm mới 2029 tại 3 điểm.", dt.date(2028, 12, 20),
     ("giao thừa năm nay", "2028-12-31")),
    ("Đêm giao thừa Tết Dương lịch, hàng nghìn người đổ về phố đi bộ.", dt.date(2029, 1, 2),
     ("giao thừa Tết Dương lịch", "2028-12-31")),
    ("Đêm giao thừa dương lịch 2029 diễn ra an toàn.", dt.date(2029, 3, 2), ("giao thừa dương lịch 2029", "2028-12-31")),
    # (was a never-date, guarding against the lunar eve: it is the solar one now)
    ("Đêm giao thừa Tết dương lịch, phố đi bộ đông người.", dt.date(2021, 1, 21), ("giao thừa Tết dương lịch", "2020-12-31")),
    # a paragraph that tells of neither: the headline's (had been the lunar eve)
    ("Hàng trăm nghìn người xuống phố đón năm mới 2030\n\nSo với đêm giao thừa năm ngoái, lượng khách đến hồ "
     "Hoàn Kiếm tăng khoảng 20%.", dt.date(2030, 1, 2), ("giao thừa năm ngoái", "2028-12-31")),
    ("Chợ hoa Tết đông nghịt\n\nSo với đêm giao thừa năm ngoái, lượng khách tăng khoảng 20%.", dt.date(2030, 1, 28),
     ("giao thừa năm ngoái", "2029-02-12")),
    # the lunar eve where the lunar new year is told, or neither
    ("Mâm cỗ cúng giao thừa và ngày mùng 1 Tết rất quan trọng.", dt.date(2029, 1, 2), ("giao thừa", "2029-02-12")),
    ("Đêm giao thừa năm nay, thành phố bắn pháo hoa tại 6 điểm.", dt.date(2029, 1, 2), ("giao thừa năm nay", "2029-02-12")),
])
def test_giao_thua_is_the_solar_eve_where_the_solar_new_year_is_told(text, reference, expected):
    assert [(m.text, m.value) for m in find_dates(text, reference) if "giao thừa" in m.text.lower()] == [expected]


def test_a_live_reports_entries_opened_by_a_dash_fall_on_the_day_told():
    """``22:35 - Trận đấu kết thúc.``: an entry opened by its time and a dash falls on the day told last
    before the entries, as one with a colon or a bar does; a span of hours is no entry."""
    text = ("Việt Nam tiếp Thái Lan trên sân Mỹ Đình tối nay.\n\n22:35 - Trận đấu kết thúc.\n\n"
            "20:05 - Quang Hải mở tỷ số.\n\n22:35 - 23:00 là giờ phát lại.\n")
    days = [(m.text, m.on_day) for m in find_dates(text, dt.date(2029, 6, 20)) if m.kind == "time"]
    assert days[:2] == [("22:35", dt.date(2029, 6, 20)), ("20:05", dt.date(2029, 6, 20))]
    assert all(day is None for _, day in days[2:])


def test_a_holidays_day_in_brackets_is_rewritten_in_the_house_date_style(isolated_dir):
    """The bracketed day, one mention with its holiday now, is still a numeric date for DT106 (the day
    after the name without brackets, ``Quốc khánh 2/9``, is the holiday's name and stays as written)."""
    (isolated_dir / "editkit.toml").write_text('date-style = "dd/mm/yyyy"\n', encoding="utf-8")
    article = isolated_dir / "a.txt"
    article.write_text("Dịp Quốc khánh (2/9) và Quốc khánh 2/9 năm nay, trường nghỉ.\n", encoding="utf-8")
    assert run_cli("lint", "--select", "DT106", "--fix", "a.txt").exit_code == 0
    assert article.read_text("utf-8") == "Dịp Quốc khánh (02/09) và Quốc khánh 2/9 năm nay, trường nghỉ.\n"


@pytest.mark.parametrize("text, expected", [
    # the week's last trading session is its Friday (had been the weekend, when no market trades)
    ("Thanh khoản tăng 18% so với phiên cuối tuần trước.", [("cuối tuần trước", "2029-07-06")]),
    ("Phiên cuối tuần qua, VN-Index tăng.", [("cuối tuần qua", "2029-07-06")]),
    ("Cuối tuần trước, trời mưa.", [("Cuối tuần trước", "2029-07-07/2029-07-08")]),
])
def test_the_last_session_of_a_week_is_its_friday(text, expected):
    assert found(text, dt.date(2029, 7, 9)) == expected


@pytest.mark.parametrize("text, reference, expected", [
    # a ticket's or a booking's day: the past of the selling says nothing of it (had been last year's)
    ("Các hãng hàng không đã mở bán thêm hàng chục nghìn vé cho giai đoạn từ 6h ngày 31/8 đến 23h ngày 5/9.",
     dt.date(2029, 7, 20), "2029-08-31T06:00/2029-09-05T23:00"),
    ("Các hãng đã mở bán vé cho dịp 2/9.", dt.date(2029, 7, 20), "2029-09-02"),
    # the distance still chooses: a match a few days gone by
    ("Anh đã mua vé xem trận đấu ngày 28/1.", dt.date(2029, 2, 2), "2029-01-28"),
    # no booking: the past tense tells
    ("Các hãng đã tăng chuyến trong giai đoạn từ ngày 31/8 đến ngày 5/9.", dt.date(2029, 7, 20), "2028-08-31/2028-09-05"),
])
def test_a_tickets_day_is_no_day_gone_by(text, reference, expected):
    assert [m.value for m in find_dates(text, reference)] == [expected]


def test_years_listed_each_with_its_place():
    """``các năm 2003 tại Évian, 2011 tại Deauville và 2019 tại Biarritz``: the years after the first, each
    after a place, are listed years too (had been left unread); a count after a place is no year."""
    text = "Pháp từng đăng cai hội nghị G7 các năm 2003 tại Évian, 2011 tại Deauville và 2019 tại Biarritz."
    assert found(text, dt.date(2029, 5, 11)) == [("năm 2003", "2003"), ("2011", "2011"), ("2019", "2019")]
    assert found("Năm 2020 tại Hà Nội, 150 người dự.", dt.date(2029, 5, 11)) == [("Năm 2020", "2020")]


@pytest.mark.parametrize("text, expected", [
    # a count after or before đó counts from the day, month or year told last in its paragraph (had been no date)
    ("Vụ án được khởi tố từ tháng 11 năm ngoái. Hai tháng sau đó, cơ quan điều tra đã bắt 32 bị can.",
     [("tháng 11 năm ngoái", "2028-11"), ("Hai tháng sau đó", "2029-01")]),
    ("Khoảng 16h ngày 27/5, Khang đi tắm sông. Ba ngày sau đó, thi thể em được tìm thấy.",
     [("16h ngày 27/5", "2029-05-27T16:00"), ("Ba ngày sau đó", "2029-05-30")]),
    ("Ngày 5/3, ông bị bắt. Một tuần trước đó, ông đã bỏ trốn.", [("5/3", "2029-03-05"), ("Một tuần trước đó", "2029-02-26")]),
    ("Năm 2019, ông về hưu. 10 năm sau đó, ông vẫn đi vá đường.", [("Năm 2019", "2019"), ("10 năm sau đó", "2029")]),
    # no count (vài), nothing told before it, or a day told in another paragraph: nothing
    ("Ngày 5/3, ông bị bắt. Vài ngày sau đó, ông được thả.", [("5/3", "2029-03-05")]),
    ("Ba ngày sau đó, thi thể em được tìm thấy.", []),
    ("Ngày 5/3, ông bị bắt.\n\nBa ngày sau đó, ông được thả.", [("5/3", "2029-03-05")]),
])
def test_a_count_from_then_counts_from_the_day_told_last(text, expected):
    assert found(text, dt.date(2029, 6, 4)) == expected


@pytest.mark.parametrize("text, reference, rules", [
    # a year word that says which year a name is: the name checked (had gone unchecked)
    ("Năm nay là năm Canh Tuất, nhà văn hóa tổ chức triển lãm.", dt.date(2029, 9, 4), ["DT107"]),
    ("Năm nay là năm Kỷ Dậu, nhà văn hóa tổ chức triển lãm.", dt.date(2029, 9, 4), []),
    # in January before Tết the year under way and the coming one may both be said
    ("Năm nay là năm Mậu Thân, nhà văn hóa tổ chức triển lãm.", dt.date(2029, 1, 20), []),
    ("Năm nay là năm Kỷ Dậu, nhà văn hóa tổ chức triển lãm.", dt.date(2029, 1, 20), []),
    ("Năm ngoái, năm Đinh Mùi, giá vàng tăng mạnh.", dt.date(2028, 9, 4), []),
    ("Năm ngoái, năm Giáp Thìn, giá vàng tăng mạnh.", dt.date(2028, 9, 4), ["DT107"]),
])
def test_a_year_names_name_after_a_year_word_is_checked(isolated_dir, text, reference, rules):
    (isolated_dir / "a.txt").write_text(text + "\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "DT107", "--ref", reference.isoformat(), "a.txt").json()
    assert [d["rule"] for d in found["files"][0]["diagnostics"]] == rules


@pytest.mark.parametrize("name, expected", [
    # a weekday, a lunar gloss, an impossible day, a holiday's day and a year's name, each wrong once
    ("lich-thang-9.txt", [("DT101", ["thứ Tư"]), ("DT110", ["16/8"]), ("DT102", []), ("DT109", ["20/11"]),
                          ("DT107", ["Kỷ Dậu"])]),
    # a dateline a day after the front matter, a relative day glossed with another, a past act dated ahead
    ("gia-xang.md", [("DT103", []), ("DT108", ["12/9"]), ("DT104", [])]),
])
def test_the_date_slips_planted_in_an_article_are_each_reported(isolated_dir, name, expected):
    """tests/slips/ (its README): every date slip planted reported, and nothing else of the dates rules."""
    import shutil

    shutil.copy(Path(__file__).parent / "slips" / name, isolated_dir / name)
    found = run_cli("lint", "--format", "json", "--select", "dates", name).json()["files"][0]["diagnostics"]
    assert [(d["rule"], d.get("suggestions", [])[:1]) for d in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a month and a year joined by từ … đến: one range of months (had been a month and a year)
    ("Dự án triển khai từ tháng 9/2029 đến hết năm 2030.", [("từ tháng 9/2029 đến hết năm 2030", "2029-09/2030-12")]),
    ("Từ năm 2026 đến tháng 6/2028, các bị can buôn lậu.", [("Từ năm 2026 đến tháng 6/2028", "2026-01/2028-06")]),
    ("Từ tháng 3 đến hết năm nay, giá điện không đổi.", [("Từ tháng 3 đến hết năm nay", "2029-03/2029-12")]),
    ("Từ quý III/2029 đến quý I/2030, giá nhà tăng 8%.", [("Từ quý III/2029 đến quý I/2030", "2029-07/2030-03")]),
    # a month whose year is not written after a year: which year's is unclear, left apart
    ("Từ năm ngoái đến tháng 6, giá điện không đổi.", [("năm ngoái", "2028"), ("tháng 6", "2028-06")]),
])
def test_a_month_and_a_year_joined_are_one_range(text, expected):
    assert found(text, dt.date(2029, 9, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the month or year the sentence told before it (had been the reference's)
    ("Riêng tháng 9, xuất khẩu giảm 2,1% do ảnh hưởng của bão số 5 hồi giữa tháng.",
     [("tháng 9", "2029-09"), ("hồi giữa tháng", "2029-09")]),
    ("Năm 2027, công ty lỗ nặng hồi cuối năm.", [("Năm 2027", "2027"), ("hồi cuối năm", "2027")]),
    ("Giá vàng tăng mạnh hồi đầu tháng.", [("hồi đầu tháng", "2029-10")]),
])
def test_a_part_of_the_period_told_before_it(text, expected):
    assert found(text, dt.date(2029, 10, 6)) == expected


def test_a_span_to_before_a_day_and_a_weekday_after_a_days_hours():
    """``từ 8h00 ngày 15/10/2029 đến trước 9h00 ngày 5/11/2029`` had been two days (đến trước ends the span,
    as đến hết does); ``từ 8h00 đến 17h00 ngày 12/10/2029 (thứ Bảy)``: the weekday in brackets after the
    day of a span of hours is checked (12/10/2029 is a Friday)."""
    ref = dt.date(2029, 10, 10)
    assert found("Phát hành hồ sơ từ 8h00 ngày 15/10/2029 đến trước 9h00 ngày 5/11/2029.", ref) == [
        ("từ 8h00 ngày 15/10/2029 đến trước 9h00 ngày 5/11/2029", "2029-10-15T08:00/2029-11-05T09:00")]
    assert found("Hồ sơ nhận từ ngày 1 đến trước ngày 15 tháng 11.", ref) == [
        ("từ ngày 1 đến trước ngày 15 tháng 11", "2029-11-01/2029-11-15")]
    # from now: to that day, not last year's (had been 31/12/2028 alone)
    assert found("Chương trình áp dụng từ nay đến trước ngày 31/12.", ref) == [
        ("từ nay đến trước ngày 31/12", "2029-10-10/2029-12-31")]
    for weekday, mismatch in (("thứ Bảy", True), ("thứ Sáu", False)):
        (mention,) = find_dates(f"Mất nước từ 8h00 đến 17h00 ngày 12/10/2029 ({weekday}).", ref)
        assert (mention.text.endswith(f"({weekday})"), mention.weekday_mismatch) == (True, mismatch)


@pytest.mark.parametrize("text, expected", [
    # a weekday of the week before (after) that: of the day told last's week (had been the publication's)
    ("Học sinh nghỉ vào thứ Ba, ngày 20/11. Các trường dạy bù vào thứ Bảy tuần trước đó.",
     [("thứ Ba, ngày 20/11", "2029-11-20"), ("thứ Bảy tuần trước đó", "2029-11-17")]),
    ("Ngày 5/11 khai mạc, và thứ Hai tuần sau đó bế mạc.", [("5/11", "2029-11-05"), ("thứ Hai tuần sau đó", "2029-11-12")]),
    # no day told before it: no day, rather than the publication's week
    ("Các trường dạy bù vào thứ Bảy tuần trước đó.", [("thứ Bảy tuần trước đó", None)]),
    ("Các trường dạy bù vào thứ Bảy tuần trước.", [("thứ Bảy tuần trước", "2029-10-27")]),
])
def test_a_weekday_of_the_week_before_that(text, expected):
    assert found(text, dt.date(2029, 11, 1)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day the words name, glossed in brackets: the date nearest that day, not in a year the sentence wrote
    # before it (had been 14/12/2030, and DT108 called the gloss wrong)
    ("Học bổng năm 2030: hạn chót là 17h ngày thứ Sáu tuần này (14/12).",
     [("năm 2030", "2030"), ("thứ Sáu tuần này (14/12)", "2029-12-14")]),
    ("Kế hoạch năm 2030 được công bố tối qua (9/12).", [("năm 2030", "2030"), ("tối qua (9/12)", "2029-12-09")]),
    ("Kế hoạch năm 2030 sẽ được công bố vào Chủ nhật tới (16/12).",
     [("năm 2030", "2030"), ("Chủ nhật tới (16/12)", "2029-12-16")]),
    # holidays listed before the year: one later in the year than the last is the year before's (had been
    # Christmas 2030); one listed after a cued holiday is a day too (Tết Dương lịch had been left out)
    ("Đón Giáng sinh và Tết Dương lịch 2030.", [("Giáng sinh", "2029-12-25"), ("Tết Dương lịch 2030", "2030-01-01")]),
    ("Đón Giáng sinh, Tết Dương lịch và Tết Nguyên đán năm 2030.",
     [("Giáng sinh", "2029-12-25"), ("Tết Dương lịch", "2030-01-01"), ("Tết Nguyên đán năm 2030", "2030-02-02")]),
    ("Dịp Quốc khánh và Giáng sinh năm 2030.", [("Quốc khánh", "2030-09-02"), ("Giáng sinh năm 2030", "2030-12-25")]),
    ("Không khí Giáng sinh và Tết Dương lịch tràn ngập phố phường.", []),
    # a lunar range written with a slash before âm lịch (had been a solar range in March)
    ("Lễ hội diễn ra từ ngày 8 đến 10/3 âm lịch năm 2030.", [("từ ngày 8 đến 10/3 âm lịch năm 2030", "2030-04-10/2030-04-12")]),
    ("Lễ hội diễn ra từ ngày 8 đến 10/3.", [("từ ngày 8 đến 10/3", "2029-03-08/2029-03-10")]),
])
def test_glosses_of_named_days_listed_holidays_and_a_lunar_range_with_a_slash(text, expected):
    assert found(text, dt.date(2029, 12, 10)) == expected


def test_a_lunar_range_with_a_slash_is_checked_against_its_gloss(isolated_dir):
    text = ("Thứ Hai, 10/12/2029 - 11:20\n\nLễ hội Đền Hùng\n\n(Văn hóa) - Lễ hội năm 2030 diễn ra từ ngày 1 đến hết "
            "ngày 10/3 âm lịch, tức từ ngày 4/4 đến ngày 13/4/2030, thu hút nhiều du khách.\n\nHùng Cường\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"] for d in found_] == [["2/3–11/3"]]
    right = text.replace("4/4 đến ngày 13/4/2030", "3/4 đến ngày 12/4/2030")
    (isolated_dir / "a.txt").write_text(right, encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("text,expected", [
    # the same year as the one told last (had been the reference's year)
    ("Ngày 5/3/2028, Long lập công ty. Đến tháng 7 cùng năm, công ty đăng quảng cáo.",
     [("5/3/2028", "2028-03-05"), ("tháng 7 cùng năm", "2028-07")]),
    ("Ngày 5/3/2028, Long lập công ty. Đến ngày 20/7 cùng năm, công ty đăng quảng cáo.",
     [("5/3/2028", "2028-03-05"), ("20/7 cùng năm", "2028-07-20")]),
    ("Hai người sinh cùng năm 1990 và cùng học một lớp.", [("năm 1990", "1990")]),
    # a count after sau opening a sentence counts from the day told last, and the next count from it
    ("Ngày 3/4/2029, nhiều bị hại đến tố cáo. Hai ngày sau, Long bị bắt. Ba ngày sau đó, Long khai nhận.",
     [("3/4/2029", "2029-04-03"), ("Hai ngày sau", "2029-04-05"), ("Ba ngày sau đó", "2029-04-08")]),
    # not inside a clause, nor before trước (Ba ngày trước, is counted from now), nor with no day told
    ("Ngày 3/4/2029, cơ quan điều tra sẽ xử lý trong vòng hai ngày sau, nếu đủ căn cứ.", [("3/4/2029", "2029-04-03")]),
    ("Ngày 3/4/2029, nhiều bị hại đến tố cáo. Ba ngày trước, Long bỏ trốn.",
     [("3/4/2029", "2029-04-03"), ("Ba ngày trước", "2029-12-09")]),
    ("Hai ngày sau, Long bị bắt.", []),
])
def test_the_same_year_and_a_count_opening_a_sentence(text, expected):
    assert found(text, dt.date(2029, 12, 12)) == expected


@pytest.mark.parametrize("text,expected", [
    # a year the sentence wrote after a noun it names (the plan for 2030), not as its time: a weekday with a
    # day/month takes the year it falls in near the reference (had been 17/12/2030, a Tuesday: DT101)
    ("Kế hoạch năm 2030 sẽ được công bố vào thứ Hai (17/12).", [("năm 2030", "2030"), ("thứ Hai (17/12)", "2029-12-17")]),
    # the sentence's own time keeps its year, and DT101 reports the weekday
    ("Năm 2030, lễ hội sẽ khai mạc vào thứ Hai (17/12).", [("Năm 2030", "2030"), ("thứ Hai (17/12)", "2030-12-17")]),
    ("Trong năm 2030, lễ hội sẽ khai mạc vào thứ Hai (17/12).", [("năm 2030", "2030"), ("thứ Hai (17/12)", "2030-12-17")]),
    # a week's word glossed with a day: the day nearest the week it names
    ("Kế hoạch năm 2030 sẽ được công bố vào đầu tuần sau (17/12).", [("năm 2030", "2030"), ("tuần sau (17/12)", "2029-12-17")]),
])
def test_a_nouns_year_gives_way_to_the_weekday_and_the_week(text, expected):
    assert found(text, dt.date(2029, 12, 14)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Doanh thu Q3/2029 đạt 1.200 tỷ đồng, cao hơn Q3.2028 và Q2-2029.",
     [("Q3/2029", "2029-Q3"), ("Q3.2028", "2028-Q3"), ("Q2-2029", "2029-Q2")]),
    # without its year, Q1 is as often a district in an address (Quận 1)
    ("Văn phòng ở 12 Nguyễn Huệ, Q1, TP.HCM; chi nhánh tại Q3.", []),
])
def test_a_quarter_as_the_business_pages_abbreviate_it(text, expected):
    assert found(text, dt.date(2029, 12, 14)) == expected


@pytest.mark.parametrize("text,expected", [
    # this quarter after a word of time or opening a clause (not "những kỷ vật quý này", precious)
    ("Trong quý này, doanh số tăng mạnh.", [("quý này", "2029-Q4")]),
    ("Những kỷ vật quý này được trưng bày tại bảo tàng.", []),
    # this month or quarter a year back (had been this month, and last year apart)
    ("So với tháng này năm ngoái, doanh số tăng.", [("tháng này năm ngoái", "2028-12")]),
    ("So với quý này năm trước, doanh số tăng.", [("quý này năm trước", "2028-Q4")]),
])
def test_this_quarter_and_this_month_a_year_back(text, expected):
    assert found(text, dt.date(2029, 12, 14)) == expected


@pytest.mark.parametrize("text,expected", [
    # two days, each glossed in the other calendar, from one to the other: one range (had been four mentions)
    ("Cán bộ nghỉ từ thứ Tư ngày 30/1/2030 (tức 27 tháng Chạp năm Kỷ Dậu) đến hết Chủ nhật ngày 10/2/2030 "
     "(tức mùng 9 tháng Giêng năm Canh Tuất).",
     [("từ thứ Tư ngày 30/1/2030 (tức 27 tháng Chạp năm Kỷ Dậu) đến hết Chủ nhật ngày 10/2/2030 "
       "(tức mùng 9 tháng Giêng năm Canh Tuất)", "2030-01-30/2030-02-10")]),
    ("Chợ họp từ ngày 23/1/2030 (tức 20 tháng Chạp) đến hết ngày 1/2/2030.",
     [("từ ngày 23/1/2030 (tức 20 tháng Chạp) đến hết ngày 1/2/2030", "2030-01-23/2030-02-01")]),
    # a weekday that contradicts its day keeps the days apart, for DT101
    ("Nghỉ từ thứ Năm ngày 30/1/2030 (tức 27 tháng Chạp) đến hết Chủ nhật ngày 10/2/2030.",
     [("thứ Năm ngày 30/1/2030", "2030-01-30"), ("27 tháng Chạp", "2030-01-30"), ("Chủ nhật ngày 10/2/2030", "2030-02-10")]),
])
def test_a_range_of_days_glossed_in_the_other_calendar(text, expected):
    assert found(text, dt.date(2029, 12, 4)) == expected


def test_a_gloss_inside_a_range_is_checked_by_dt110(isolated_dir):
    text = ("Thứ Ba, 4/12/2029 - 09:15\n\nĐề xuất nghỉ Tết\n\n(Xã hội) - Cán bộ, công chức sẽ nghỉ từ thứ Tư ngày 30/1/2030 "
            "(tức 28 tháng Chạp năm Kỷ Dậu) đến hết Chủ nhật ngày 10/2/2030 (tức mùng 9 tháng Giêng năm Canh Tuất), "
            "tổng cộng 12 ngày liên tục.\n\nThanh Tùng\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["text"], d["suggestions"]) for d in found_] == [("28 tháng Chạp năm Kỷ Dậu", ["27/12"])]
    (isolated_dir / "a.txt").write_text(text.replace("tức 28 tháng", "tức 27 tháng"), encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("text,expected", [
    # a day told after one ahead, a few days before it: a step before that day, in its year (had been a year
    # on: 28/8/2031); a new school year named with mới is a school year too
    ("Lễ khai giảng diễn ra ngày 5/9/2030, học sinh tựu trường ngày 28/8.", [("5/9/2030", "2030-09-05"), ("28/8", "2030-08-28")]),
    ("Năm học mới 2030-2031 bắt đầu từ ngày 5/9, học sinh tựu trường ngày 28/8.",
     [("2030-2031", "2030/2031"), ("5/9", "2030-09-05"), ("28/8", "2030-08-28")]),
    # a tour's next stops, after the first: the first on or after it, as before
    ("Đoàn sẽ biểu diễn vào tối 9/1, tiếp đó là Đà Nẵng ngày 23/1 và TP.HCM ngày 20/2.",
     [("9/1", "2030-01-09"), ("23/1", "2030-01-23"), ("20/2", "2030-02-20")]),
])
def test_a_step_just_before_a_day_ahead_is_in_its_year(text, expected):
    reference = dt.date(2029, 11, 20) if "9/1" in text else dt.date(2030, 5, 20)
    assert found(text, reference) == expected


@pytest.mark.parametrize("text,expected", [
    # written on a Sunday, looking ahead: the weekend of the week about to begin (had been today's)
    ("Vòng 15 V.League sẽ diễn ra vào cuối tuần này, từ ngày 14 đến 16/3.",
     [("cuối tuần này", "2030-03-16/2030-03-17"), ("từ ngày 14 đến 16/3", "2030-03-14/2030-03-16")]),
    ("Cuối tuần này, trời mưa to ở Hà Nội.", [("Cuối tuần này", "2030-03-09/2030-03-10")]),
    # a task due before a day for the year's thing: the coming day (had been last year's); the sentence's own
    # year keeps it
    ("Các doanh nghiệp phải nộp báo cáo tài chính năm 2029 trước ngày 31/3.", [("năm 2029", "2029"), ("31/3", "2030-03-31")]),
    ("Năm 2029, công ty hoàn thành dự án trước ngày 31/3.", [("Năm 2029", "2029"), ("31/3", "2029-03-31")]),
])
def test_this_weekend_on_a_sunday_and_a_reports_deadline(text, expected):
    assert found(text, dt.date(2030, 3, 10)) == expected


@pytest.mark.parametrize("text,expected", [
    # the day word left after a span of hours whose part of the day the hour took (had been the hours alone)
    ("Từ 6h đến 8h sáng mai, nhiều tuyến đường sẽ ùn tắc.", [("Từ 6h đến 8h sáng mai", "2030-03-11T06:00/2030-03-11T08:00")]),
    ("Cuộc họp từ 8h đến 10h sáng nay.", [("từ 8h đến 10h sáng nay", "2030-03-10T08:00/2030-03-10T10:00")]),
    ("Lúc 9h tối nay, pháo hoa sẽ được bắn.", [("9h tối nay", "2030-03-10T21:00")]),
    # a day word in another clause is no time's
    ("Lúc 20h, trận đấu bắt đầu; mai đội sẽ về nước.", [("20h", "T20:00")]),
])
def test_a_span_of_hours_on_the_day_named_after_it(text, expected):
    assert found(text, dt.date(2030, 3, 10)) == expected


@pytest.mark.parametrize("text,expected", [
    # a lunar day glossed with its solar date, to a lunar day with its part of the day (had been three mentions)
    ("Chợ hoa Tết họp từ ngày 20 tháng Chạp (tức 23/1/2030) đến hết chiều 29 Tết, phục vụ người dân.",
     [("từ ngày 20 tháng Chạp (tức 23/1/2030) đến hết chiều 29 Tết", "2030-01-23/2030-02-01")]),
    ("Lễ hội diễn ra từ mùng 10 tháng Giêng (tức 11/2/2030) đến rằm tháng Giêng.",
     [("từ mùng 10 tháng Giêng (tức 11/2/2030) đến rằm tháng Giêng", "2030-02-11/2030-02-16")]),
])
def test_a_lunar_day_glossed_to_another_lunar_day(text, expected):
    assert found(text, dt.date(2030, 1, 20)) == expected


def test_a_wrong_solar_gloss_of_a_lunar_day_opening_a_range_is_reported(isolated_dir):
    text = ("Chủ nhật, 20/1/2030 - 08:00\n\nChợ hoa Tết\n\n(Đời sống) - Chợ hoa Tết phố Hàng Lược sẽ họp từ ngày 21 tháng "
            "Chạp (tức 23/1/2030) đến hết chiều 29 Tết, phục vụ người dân mua sắm.\n\nMinh Châu\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"] for d in found_] == [["20/12"]]


@pytest.mark.parametrize("text,reference,expected", [
    # a term's last day or month told without a tense is the nearer one, ahead as readily as gone (had been
    # last June: a day without a cue was the past one beyond 60 days ahead)
    ("Trưng bày mở cửa miễn phí đến hết ngày 30/6.", dt.date(2030, 1, 8), [("30/6", "2030-06-30")]),
    ("Lễ hội kéo dài đến cuối tháng 10.", dt.date(2030, 4, 22), [("tháng 10", "2030-10")]),
    ("Ưu đãi áp dụng đến hết ngày 30/9.", dt.date(2030, 4, 22), [("30/9", "2030-09-30")]),
    # the farther of the two stays behind, and a reckoning's cut-off is no term's end
    ("Chương trình kéo dài đến hết ngày 31/12.", dt.date(2030, 4, 22), [("31/12", "2029-12-31")]),
    ("Tính đến hết ngày 30/9, cả nước có 500 ca.", dt.date(2030, 1, 8), [("30/9", "2029-09-30")]),
])
def test_the_last_day_of_a_term_is_the_nearer_one(text, reference, expected):
    assert found(text, reference) == expected


def test_a_month_inside_a_span_of_months_told_before_takes_its_year():
    """``đỉnh dịch rơi vào tháng 9`` written in April had been last September (well ahead, no cue)."""
    text = "Dịch có thể bùng phát từ tháng 6 đến tháng 10, đỉnh dịch rơi vào tháng 9."
    assert found(text, dt.date(2030, 4, 22)) == [("từ tháng 6 đến tháng 10", "2030-06/2030-10"), ("tháng 9", "2030-09")]
    winter = "Mùa mưa kéo dài từ tháng 11 đến tháng 2, mưa nhiều nhất vào tháng 1."
    assert found(winter, dt.date(2029, 10, 20))[1] == ("tháng 1", "2030-01")
    assert found("Đỉnh dịch rơi vào tháng 9.", dt.date(2030, 4, 22)) == [("tháng 9", "2029-09")]


def test_tet_told_ahead_after_a_late_day_of_the_year_it_carries_is_the_coming_one():
    """The sentence's year came with a day of late December; the Tết it looks ahead to is the next one
    (had been the Tết that year began with, ten months before the day)."""
    text = "Tỉnh đã vận hành 12 cống từ hôm 28/12/2029 và sẽ đóng các cống còn lại trước Tết Nguyên đán."
    assert found(text, dt.date(2030, 1, 5))[1] == ("Tết Nguyên đán", "2030-02-02")
    told = "Ngày 28/12/2029, tỉnh đã vận hành 12 cống, trước Tết Nguyên đán."  # no look ahead: the year's own
    assert found(told, dt.date(2030, 1, 5))[1] == ("Tết Nguyên đán", "2029-02-13")


def test_a_named_holiday_said_to_fall_on_another_day_is_reported_with_its_day(isolated_dir):
    """``Tết Canh Tuất năm nay rơi vào ngày 3/2/2030``: Tết 2030 is 2/2 in Vietnam (the new moon falls before
    midnight at UTC+7; China's is 3/2). The year word after the year's name had split the gloss from it."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 20/1/2030\n\nTết Canh Tuất năm nay rơi vào ngày 3/2/2030.\n\n"
        "Tết Canh Tuất năm nay rơi vào ngày 2/2/2030.\n\nTết Nguyên đán năm nay rơi vào Chủ nhật, ngày 3/2/2030.\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["message"], d["suggestions"]) for d in found_] == [
        (3, "'Tết Canh Tuất năm nay' is 02/02/2030, not 03/02/2030", ["2/2/2030"]),
        (7, "'Tết Nguyên đán năm nay' is 02/02/2030, not 03/02/2030", ["2/2/2030"])]


def test_a_holiday_said_to_fall_on_a_weekday_and_its_date_is_one_mistake_not_two(isolated_dir):
    """``Giỗ Tổ … rơi vào thứ Hai, ngày 28/4/2031`` (Giỗ Tổ 2031 is Tuesday 1/4): the weekday is the written
    date's, which it matches; DT110 reports the holiday's day and DT101 stays silent (it had said the
    holiday's 1/4 is no Monday as well)."""
    (isolated_dir / "a.txt").write_text(
        "Chủ nhật, 16/3/2031\n\nGiỗ Tổ\n\nGiỗ Tổ Hùng Vương năm nay rơi vào thứ Hai, ngày 28/4/2031.\n\n"
        "Tết Nguyên đán năm nay rơi vào thứ Hai.\n\nMinh Anh\n", "utf-8")
    found_ = run_cli("lint", "--format", "json", "--select", "DT101,DT110", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found_] == [("DT110", 5), ("DT101", 7)]
