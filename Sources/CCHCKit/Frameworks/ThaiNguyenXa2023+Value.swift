// Generated from `ThaiNguyenXa2023.json` by BuiltInFrameworkTests: do not edit; change the JSON, then
// CCHC_RECORD=1 swift test --filter BuiltInFrameworkTests and bash Scripts/lint.sh --fix.

extension ThaiNguyenXa2023 {
    /// The framework as a Swift value: made at its first use, with nothing to parse.
    static let framework = Framework(
        id: "thai-nguyen-xa-2023", title: "Chỉ số CCHC cấp xã, tỉnh Thái Nguyên, năm 2023",
        bands: [
            Band(min: Points(hundredths: 9000), label: "Xuất sắc"),
            Band(min: Points(hundredths: 8000), label: "Tốt"),
            Band(min: Points(hundredths: 7000), label: "Khá"),
            Band(min: Points(hundredths: 5000), label: "Trung bình"),
            Band(min: Points(hundredths: 0), label: "Yếu"),
        ],
        domains: [
            Criterion(
                id: "1", title: "Công tác chỉ đạo, điều hành CCHC", max: Points(hundredths: 1000),
                department: nil,
                criteria: [
                    Criterion(
                        id: "1.1", title: "Xây dựng và tổ chức thực hiện Kế hoạch CCHC", max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.2", title: "Báo cáo CCHC", max: Points(hundredths: 50),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.3", title: "Kiểm tra CCHC", max: Points(hundredths: 50),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.4", title: "HĐND cấp xã giám sát thực hiện CCHC", max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.5", title: "Tuyên truyền CCHC", max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.6", title: "Sáng kiến, giải pháp trong công tác CCHC", max: Points(hundredths: 100),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.7", title: "Vai trò lãnh đạo của cấp ủy đối với thực hiện CCHC",
                        max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.8", title: "Người đứng đầu chính quyền trực tiếp phụ trách CCHC",
                        max: Points(hundredths: 50),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                    Criterion(
                        id: "1.9",
                        title:
                            "Các hoạt động nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng về sự phục vụ hành chính (nếu có)",
                        max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "1", parentID: "1", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "1", parentID: nil, depth: 0),
            Criterion(
                id: "2", title: "Xây dựng và tổ chức thực thi pháp luật", max: Points(hundredths: 700),
                department: nil,
                criteria: [
                    Criterion(
                        id: "2.1", title: "Ban hành văn bản của HĐND và UBND cấp xã", max: Points(hundredths: 50),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                    Criterion(
                        id: "2.2", title: "Rà soát và xử lý văn bản sau rà soát", max: Points(hundredths: 150),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                    Criterion(
                        id: "2.3", title: "Công tác tuyên truyền, phổ biến, giáo dục pháp luật",
                        max: Points(hundredths: 200),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                    Criterion(
                        id: "2.4", title: "Thực hiện các hoạt động theo dõi thi hành pháp luật",
                        max: Points(hundredths: 100),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                    Criterion(
                        id: "2.5", title: "Cấp xã đạt chuẩn tiếp cận pháp luật", max: Points(hundredths: 100),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                    Criterion(
                        id: "2.6", title: "Thực hiện công tác hòa giải ở địa phương", max: Points(hundredths: 100),
                        department: "Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "2", parentID: "2", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "2", parentID: nil, depth: 0),
            Criterion(
                id: "3", title: "Cải cách thủ tục hành chính", max: Points(hundredths: 2000),
                department: nil,
                criteria: [
                    Criterion(
                        id: "3.1", title: "Công tác kiểm soát thủ tục hành chính (TTHC)", max: Points(hundredths: 350),
                        department: "Văn phòng - TK xã, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "3", parentID: "3", depth: 1),
                    Criterion(
                        id: "3.2", title: "Thực hiện cơ chế một cửa, một cửa liên thông", max: Points(hundredths: 1450),
                        department: "Văn phòng - TK xã, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "3", parentID: "3", depth: 1),
                    Criterion(
                        id: "3.3", title: "Đổi mới thực hiện cơ chế một cửa, một cửa liên thông",
                        max: Points(hundredths: 200),
                        department: "Văn phòng - TK xã, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "3", parentID: "3", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "3", parentID: nil, depth: 0),
            Criterion(
                id: "4", title: "Hoạt động của chính quyền cơ sở", max: Points(hundredths: 2000),
                department: nil,
                criteria: [
                    Criterion(
                        id: "4.1", title: "Thực hiện chức năng, nhiệm vụ của HĐND cấp xã", max: Points(hundredths: 300),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "4", parentID: "4", depth: 1),
                    Criterion(
                        id: "4.2", title: "Thực hiện chức năng, nhiệm vụ của UBND cấp xã",
                        max: Points(hundredths: 1000),
                        department: "Văn phòng - TK xã, Tư pháp - hộ tịch xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "4", parentID: "4", depth: 1),
                    Criterion(
                        id: "4.3", title: "Thực hiện dân chủ cơ sở", max: Points(hundredths: 700),
                        department: "Văn phòng - TK xã, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "4", parentID: "4", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "4", parentID: nil, depth: 0),
            Criterion(
                id: "5", title: "Cải cách chế độ công vụ", max: Points(hundredths: 1000),
                department: nil,
                criteria: [
                    Criterion(
                        id: "5.1", title: "Tỷ lệ đạt chuẩn của cán bộ cấp xã", max: Points(hundredths: 50),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.2", title: "Chất lượng của cán bộ cấp xã", max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.3", title: "Chất lượng đội ngũ cán bộ chủ chốt cấp xã", max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.4", title: "Chất lượng của công chức cấp xã", max: Points(hundredths: 100),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.5", title: "Bí thư Đảng ủy cấp xã kiêm Chủ tịch HĐND hoặc Chủ tịch UBND cấp xã",
                        max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.6", title: "Đánh giá cán bộ, công chức trên cơ sở kết quả công việc",
                        max: Points(hundredths: 50),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.7", title: "Cán bộ, công chức được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ",
                        max: Points(hundredths: 150),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                    Criterion(
                        id: "5.8", title: "Chấp hành kỷ luật, kỷ cương hành chính", max: Points(hundredths: 200),
                        department: "Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "5", parentID: "5", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "5", parentID: nil, depth: 0),
            Criterion(
                id: "6", title: "Cải cách tài chính công", max: Points(hundredths: 500),
                department: nil,
                criteria: [
                    Criterion(
                        id: "6.1",
                        title:
                            "Ban hành Quy chế hoặc sửa đổi, bổ sung Quy chế quản lý, sử dụng tài sản công thuộc phạm vi quản lý",
                        max: Points(hundredths: 100),
                        department: "Tài chính - kế toán xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "6", parentID: "6", depth: 1),
                    Criterion(
                        id: "6.2", title: "Thực hiện công khai, kê khai tài sản công", max: Points(hundredths: 100),
                        department: "Tài chính - kế toán xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "6", parentID: "6", depth: 1),
                    Criterion(
                        id: "6.3", title: "Thực hiện đúng quy định về định mức sử dụng trang thiết bị, tài sản công",
                        max: Points(hundredths: 150),
                        department: "Tài chính - kế toán xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "6", parentID: "6", depth: 1),
                    Criterion(
                        id: "6.4", title: "Thực hiện công tác quản lý tài chính - ngân sách nhà nước",
                        max: Points(hundredths: 150),
                        department: "Tài chính - kế toán xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "6", parentID: "6", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "6", parentID: nil, depth: 0),
            Criterion(
                id: "7", title: "Xây dựng chính quyền điện tử, chính quyền số", max: Points(hundredths: 1200),
                department: nil,
                criteria: [
                    Criterion(
                        id: "7.1", title: "Lãnh đạo, chỉ đạo của cấp ủy về chuyển đổi số", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.2", title: "Thành lập bộ phận về chuyển đổi số", max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.3", title: "Tuyên truyền, phổ biến, tập huấn về chuyển đổi số, chính quyền số",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.4", title: "Gắn phong trào thi đua , khen thưởng với công tác chuyển đổi số",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.5", title: "Xây dựng Kế hoạch chuyển đổi số", max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.6", title: "Nhiệm vụ chuyển đổi số được phê duyệt", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.7", title: "Bố trí công chức chuyên môn phụ trách chuyển đổi số",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.8", title: "Bồi dưỡng chuyên môn, nghiệp vụ về chuyển đổi số tại địa phương",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.9", title: "Bố trí máy tính phục vụ công việc", max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.10", title: "Trao đổi văn bản điện tử", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.11", title: "Tạo, lập hồ sơ công việc điện tử", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã, các ngành, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.12", title: "Lập lịch công tác của lãnh đạo trên phần mềm QLVB&HTĐH",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã, Văn phòng - thống kê xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.13", title: "Sử dụng chữ ký số", max: Points(hundredths: 150),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.14", title: "Trang thông tin điện tử", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.15",
                        title: "Tỷ lệ dịch vụ công đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình",
                        max: Points(hundredths: 50),
                        department: "Văn hoá - xã hội xã, các BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                    Criterion(
                        id: "7.16", title: "Tỷ lệ hồ sơ trực tuyến toàn trình", max: Points(hundredths: 100),
                        department: "Văn hoá - xã hội xã, các BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "7", parentID: "7", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "7", parentID: nil, depth: 0),
            Criterion(
                id: "8", title: "Thực hiện nhiệm vụ phát triển kinh tế - xã hội ở địa phương",
                max: Points(hundredths: 1600),
                department: nil,
                criteria: [
                    Criterion(
                        id: "8.1", title: "Về phát triển kinh tế - xã hội", max: Points(hundredths: 300),
                        department: "Văn phòng - TK xã và các ngành, BPCM xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "8", parentID: "8", depth: 1),
                    Criterion(
                        id: "8.2", title: "Về quốc phòng và an ninh", max: Points(hundredths: 300),
                        department: "Công an, BCH Quân sự xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "8", parentID: "8", depth: 1),
                    Criterion(
                        id: "8.3", title: "Về kết cấu hạ tầng", max: Points(hundredths: 500),
                        department: "Địa chính - NN,XD, MT xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "8", parentID: "8", depth: 1),
                    Criterion(
                        id: "8.4", title: "Về giáo dục, y tế và văn hóa - xã hội", max: Points(hundredths: 400),
                        department: "Văn hoá - xã hội xã và Ba cấp trường, Trạm y tế xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "8", parentID: "8", depth: 1),
                    Criterion(
                        id: "8.5", title: "Về quản lý tài nguyên, môi trường", max: Points(hundredths: 100),
                        department: "Địa chính - NN,XD, MT xã",
                        criteria: [],
                        optional: false, survey: false, kind: .regular, domainID: "8", parentID: "8", depth: 1),
                ],
                optional: false, survey: false, kind: .regular, domainID: "8", parentID: nil, depth: 0),
        ],
        stages: [.selfAssessed, .appraised, .final],
        about: Framework.About(
            level: "xã", province: "Thái Nguyên",
            years: [2023],
            source:
                "Quyết định số 4203/QĐ-UBND ngày 04/01/2022 của UBND tỉnh Thái Nguyên; Hướng dẫn số 190/HD-SNV ngày 22/11/2023 của Sở Nội vụ"
        ))
}
