/// The built-in framework `thai-nguyen-xa-2023`: Thái Nguyên's commune-level PAR Index set
/// used for 2023, transcribed from the appendix table of Bình Thành's 2023 analysis (seed 002).
///
/// Stored in the `cchc-framework/1` format and read by the same code as a user's framework file.
enum ThaiNguyenXa2023 {
    static let id = "thai-nguyen-xa-2023"

    static let json = #"""
        {
          "format": "cchc-framework/1",
          "id": "thai-nguyen-xa-2023",
          "title": "Chỉ số CCHC cấp xã, tỉnh Thái Nguyên, năm 2023",
          "level": "xã",
          "province": "Thái Nguyên",
          "years": [2023],
          "source": "Quyết định số 4203/QĐ-UBND ngày 04/01/2022 của UBND tỉnh Thái Nguyên; Hướng dẫn số 190/HD-SNV ngày 22/11/2023 của Sở Nội vụ",
          "bands": [
            { "min": 90, "label": "Xuất sắc" },
            { "min": 80, "label": "Tốt" },
            { "min": 70, "label": "Khá" },
            { "min": 50, "label": "Trung bình" },
            { "min": 0, "label": "Yếu" }
          ],
          "domains": [
            { "id": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "max": 10,
              "criteria": [
                { "id": "1.1", "title": "Xây dựng và tổ chức thực hiện Kế hoạch CCHC", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.2", "title": "Báo cáo CCHC", "max": 0.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.3", "title": "Kiểm tra CCHC", "max": 0.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.4", "title": "HĐND cấp xã giám sát thực hiện CCHC", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.5", "title": "Tuyên truyền CCHC", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.6", "title": "Sáng kiến, giải pháp trong công tác CCHC", "max": 1,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.7", "title": "Vai trò lãnh đạo của cấp ủy đối với thực hiện CCHC", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.8", "title": "Người đứng đầu chính quyền trực tiếp phụ trách CCHC", "max": 0.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "1.9", "title": "Các hoạt động nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng về sự phục vụ hành chính (nếu có)", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" }
              ] },
            { "id": "2", "title": "Xây dựng và tổ chức thực thi pháp luật", "max": 7,
              "criteria": [
                { "id": "2.1", "title": "Ban hành văn bản của HĐND và UBND cấp xã", "max": 0.5,
                  "department": "Tư pháp - hộ tịch xã" },
                { "id": "2.2", "title": "Rà soát và xử lý văn bản sau rà soát", "max": 1.5,
                  "department": "Tư pháp - hộ tịch xã" },
                { "id": "2.3", "title": "Công tác tuyên truyền, phổ biến, giáo dục pháp luật", "max": 2,
                  "department": "Tư pháp - hộ tịch xã" },
                { "id": "2.4", "title": "Thực hiện các hoạt động theo dõi thi hành pháp luật", "max": 1,
                  "department": "Tư pháp - hộ tịch xã" },
                { "id": "2.5", "title": "Cấp xã đạt chuẩn tiếp cận pháp luật", "max": 1,
                  "department": "Tư pháp - hộ tịch xã" },
                { "id": "2.6", "title": "Thực hiện công tác hòa giải ở địa phương", "max": 1,
                  "department": "Tư pháp - hộ tịch xã" }
              ] },
            { "id": "3", "title": "Cải cách thủ tục hành chính", "max": 20,
              "criteria": [
                { "id": "3.1", "title": "Công tác kiểm soát thủ tục hành chính (TTHC)", "max": 3.5,
                  "department": "Văn phòng - TK xã, BPCM xã" },
                { "id": "3.2", "title": "Thực hiện cơ chế một cửa, một cửa liên thông", "max": 14.5,
                  "department": "Văn phòng - TK xã, BPCM xã" },
                { "id": "3.3", "title": "Đổi mới thực hiện cơ chế một cửa, một cửa liên thông", "max": 2,
                  "department": "Văn phòng - TK xã, BPCM xã" }
              ] },
            { "id": "4", "title": "Hoạt động của chính quyền cơ sở", "max": 20,
              "criteria": [
                { "id": "4.1", "title": "Thực hiện chức năng, nhiệm vụ của HĐND cấp xã", "max": 3,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "4.2", "title": "Thực hiện chức năng, nhiệm vụ của UBND cấp xã", "max": 10,
                  "department": "Văn phòng - TK xã, Tư pháp - hộ tịch xã" },
                { "id": "4.3", "title": "Thực hiện dân chủ cơ sở", "max": 7,
                  "department": "Văn phòng - TK xã, BPCM xã" }
              ] },
            { "id": "5", "title": "Cải cách chế độ công vụ", "max": 10,
              "criteria": [
                { "id": "5.1", "title": "Tỷ lệ đạt chuẩn của cán bộ cấp xã", "max": 0.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.2", "title": "Chất lượng của cán bộ cấp xã", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.3", "title": "Chất lượng đội ngũ cán bộ chủ chốt cấp xã", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.4", "title": "Chất lượng của công chức cấp xã", "max": 1,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.5", "title": "Bí thư Đảng ủy cấp xã kiêm Chủ tịch HĐND hoặc Chủ tịch UBND cấp xã", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.6", "title": "Đánh giá cán bộ, công chức trên cơ sở kết quả công việc", "max": 0.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.7", "title": "Cán bộ, công chức được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ", "max": 1.5,
                  "department": "Văn phòng - thống kê xã" },
                { "id": "5.8", "title": "Chấp hành kỷ luật, kỷ cương hành chính", "max": 2,
                  "department": "Văn phòng - thống kê xã" }
              ] },
            { "id": "6", "title": "Cải cách tài chính công", "max": 5,
              "criteria": [
                { "id": "6.1", "title": "Ban hành Quy chế hoặc sửa đổi, bổ sung Quy chế quản lý, sử dụng tài sản công thuộc phạm vi quản lý", "max": 1,
                  "department": "Tài chính - kế toán xã" },
                { "id": "6.2", "title": "Thực hiện công khai, kê khai tài sản công", "max": 1,
                  "department": "Tài chính - kế toán xã" },
                { "id": "6.3", "title": "Thực hiện đúng quy định về định mức sử dụng trang thiết bị, tài sản công", "max": 1.5,
                  "department": "Tài chính - kế toán xã" },
                { "id": "6.4", "title": "Thực hiện công tác quản lý tài chính - ngân sách nhà nước", "max": 1.5,
                  "department": "Tài chính - kế toán xã" }
              ] },
            { "id": "7", "title": "Xây dựng chính quyền điện tử, chính quyền số", "max": 12,
              "criteria": [
                { "id": "7.1", "title": "Lãnh đạo, chỉ đạo của cấp ủy về chuyển đổi số", "max": 1,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.2", "title": "Thành lập bộ phận về chuyển đổi số", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.3", "title": "Tuyên truyền, phổ biến, tập huấn về chuyển đổi số, chính quyền số", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.4", "title": "Gắn phong trào thi đua , khen thưởng với công tác chuyển đổi số", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.5", "title": "Xây dựng Kế hoạch chuyển đổi số", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.6", "title": "Nhiệm vụ chuyển đổi số được phê duyệt", "max": 1,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.7", "title": "Bố trí công chức chuyên môn phụ trách chuyển đổi số", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.8", "title": "Bồi dưỡng chuyên môn, nghiệp vụ về chuyển đổi số tại địa phương", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.9", "title": "Bố trí máy tính phục vụ công việc", "max": 0.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.10", "title": "Trao đổi văn bản điện tử", "max": 1,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.11", "title": "Tạo, lập hồ sơ công việc điện tử", "max": 1,
                  "department": "Văn hoá - xã hội xã, các ngành, BPCM xã" },
                { "id": "7.12", "title": "Lập lịch công tác của lãnh đạo trên phần mềm QLVB&HTĐH", "max": 0.5,
                  "department": "Văn hoá - xã hội xã, Văn phòng - thống kê xã" },
                { "id": "7.13", "title": "Sử dụng chữ ký số", "max": 1.5,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.14", "title": "Trang thông tin điện tử", "max": 1,
                  "department": "Văn hoá - xã hội xã" },
                { "id": "7.15", "title": "Tỷ lệ dịch vụ công đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", "max": 0.5,
                  "department": "Văn hoá - xã hội xã, các BPCM xã" },
                { "id": "7.16", "title": "Tỷ lệ hồ sơ trực tuyến toàn trình", "max": 1,
                  "department": "Văn hoá - xã hội xã, các BPCM xã" }
              ] },
            { "id": "8", "title": "Thực hiện nhiệm vụ phát triển kinh tế - xã hội ở địa phương", "max": 16,
              "criteria": [
                { "id": "8.1", "title": "Về phát triển kinh tế - xã hội", "max": 3,
                  "department": "Văn phòng - TK xã và các ngành, BPCM xã" },
                { "id": "8.2", "title": "Về quốc phòng và an ninh", "max": 3,
                  "department": "Công an, BCH Quân sự xã" },
                { "id": "8.3", "title": "Về kết cấu hạ tầng", "max": 5,
                  "department": "Địa chính - NN,XD, MT xã" },
                { "id": "8.4", "title": "Về giáo dục, y tế và văn hóa - xã hội", "max": 4,
                  "department": "Văn hoá - xã hội xã và Ba cấp trường, Trạm y tế xã" },
                { "id": "8.5", "title": "Về quản lý tài nguyên, môi trường", "max": 1,
                  "department": "Địa chính - NN,XD, MT xã" }
              ] }
          ]
        }
        """#
}
