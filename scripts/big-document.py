#!/usr/bin/env python3
"""Writes a fictional plan of about SIZE megabytes (10^6 bytes) for scripts/load-bench.sh --big-document SIZE.

Kế hoạch 9990/KH-UBND of the fictional "tỉnh Thử Nghiệm": mục I.1 is one section of about a quarter of the size
(the issue's "one 5 MB section"), and phần II holds 999 articles (Điều) sharing the rest, each of many lines. The
sentences are drawn from a fixed pool of administrative phrases with a fixed seed, so every run writes the same file
and searches find words in it.

    python3 scripts/big-document.py 19 OUT.txt
"""
import random
import sys

PHRASES = [
    "cán bộ, công chức, viên chức", "thực hiện dân chủ ở cơ sở", "Mặt trận Tổ quốc Việt Nam", "các đoàn thể chính trị - xã hội",
    "công tác tuyên truyền, vận động", "giám sát và phản biện xã hội", "người cao tuổi", "thanh niên", "phụ nữ", "cựu chiến binh",
    "hội nông dân", "người có uy tín trong cộng đồng", "xây dựng Đảng và hệ thống chính trị", "kiểm tra, giám sát",
    "ủy ban nhân dân các cấp", "tổ chức thực hiện", "báo cáo kết quả định kỳ", "nâng cao nhận thức", "khối đại đoàn kết toàn dân tộc",
    "phát triển kinh tế - xã hội", "cải cách hành chính", "chuyển đổi số", "an sinh xã hội", "bảo vệ môi trường",
]
VERBS = ["tăng cường", "đẩy mạnh", "triển khai", "phối hợp", "theo dõi", "đôn đốc", "hướng dẫn", "tổng hợp", "rà soát", "bảo đảm"]


def sentence(rng, n):
    words = [rng.choice(VERBS), rng.choice(PHRASES), "gắn với", rng.choice(PHRASES), "trong nhiệm vụ thử nghiệm số", str(n)]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "; " + rng.choice(PHRASES) + " theo kế hoạch hư cấu của tỉnh Thử Nghiệm."


def main():
    size = int(float(sys.argv[1]) * 1_000_000)
    out = sys.argv[2]
    rng = random.Random(9990)
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 9990/KH-UBND\nThử Nghiệm, ngày 01 tháng 01 năm 2032\nKẾ HOẠCH\nKIỂM THỬ TẢI VỚI MỘT VĂN BẢN RẤT LỚN\n"
        "Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch kiểm thử như sau:\nI. MỤC RẤT DÀI\n1. Nội dung rất dài\n"
    )
    parts = [head]
    written = len(head.encode("utf-8"))
    n = 0
    while written < size // 4:
        n += 1
        line = sentence(rng, n) + "\n"
        parts.append(line)
        written += len(line.encode("utf-8"))
    parts.append("II. NHIỆM VỤ\n")
    per_article = (size - written - 200) // 999
    for article in range(1, 1000):
        title = f"Điều {article}. Nhiệm vụ thử nghiệm số {article}\n"
        parts.append(title)
        budget = len(title.encode("utf-8"))
        while budget < per_article:
            n += 1
            line = sentence(rng, n) + "\n"
            parts.append(line)
            budget += len(line.encode("utf-8"))
        written += budget
    parts.append("III. TỔ CHỨC THỰC HIỆN\nVăn phòng hư cấu theo dõi.\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
